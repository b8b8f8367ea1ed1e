"Expected error: Expected a byte array for argument 1 of _Error:
 The message of _Error: must be a byte array (primitives.md 3.1)."
_Error: 3.

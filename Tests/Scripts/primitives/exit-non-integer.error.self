"Expected error: Expected integer for argument 1 of _Exit:
 (primitives.md 1.2, 3.7)"
_Exit: 'zero'.

"Expected error: Expected positive integer for argument 1 of _Exit:
 A negative status is a type error (primitives.md 3.7)."
_Exit: 1 negate.

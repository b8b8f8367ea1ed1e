"Expected error: Expected integer for argument 1 of _IntAdd:
 A string is not a number (primitives.md 3.3)."
1 _IntAdd: '1'.

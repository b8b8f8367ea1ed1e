"Expected error: Expected integer for argument 1 of _IntAdd:
 (primitives.md 1.2, 3.3)"
3 _IntAdd: 'a'.

"Expected error: Expected integer for argument 1 of _IntShl:
 (primitives.md 1.2, 3.3)"
1 _IntShl: true.

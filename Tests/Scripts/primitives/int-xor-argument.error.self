"Expected error: Expected integer for argument 1 of _IntXor:
 (primitives.md 1.2, 3.3)"
1 _IntXor: 1.5.

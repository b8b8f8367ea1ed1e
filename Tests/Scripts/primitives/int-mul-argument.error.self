"Expected error: Expected integer for argument 1 of _IntMul:
 (primitives.md 1.2, 3.3)"
3 _IntMul: (| |).

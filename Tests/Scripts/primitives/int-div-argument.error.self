"Expected error: Expected integer for argument 1 of _IntDiv:
 (primitives.md 1.2, 3.3)"
3 _IntDiv: '1'.

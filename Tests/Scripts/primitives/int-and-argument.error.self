"Expected error: Expected integer for argument 1 of _IntAnd:
 (primitives.md 1.2, 3.3)"
1 _IntAnd: [ 1 ].

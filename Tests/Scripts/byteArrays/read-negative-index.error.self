"Expected error: Expected positive integer for argument 1 of _ByteAt:
 (primitives.md 1.2, 3.4)"
'abc' _ByteAt: 1 negate.

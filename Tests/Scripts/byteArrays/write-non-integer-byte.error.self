"Expected error: Expected integer for argument 2 of _ByteAt:Put:
 (primitives.md 1.2)"
'abc' _ByteAt: 0 Put: 'a'.

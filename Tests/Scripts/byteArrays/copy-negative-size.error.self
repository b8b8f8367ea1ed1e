"Expected error: Expected positive integer for argument 1 of _ByteArrayCopySize:FillingExtrasWith:
 (primitives.md 1.2, 3.4)"
'abc' _ByteArrayCopySize: 1 negate FillingExtrasWith: ' '.

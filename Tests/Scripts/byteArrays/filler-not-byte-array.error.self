"Expected error: Expected a byte array for argument 2 of _ByteArrayCopySize:FillingExtrasWith:
 (primitives.md 1.2, 3.4)"
'abc' _ByteArrayCopySize: 5 FillingExtrasWith: 32.

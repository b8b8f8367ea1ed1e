"Expected error: Expected a byte array for argument 1 of _ByteArrayConcatenate:
 (primitives.md 3.4)"
'abc' _ByteArrayConcatenate: 3.

"Expected error: Filler argument to _ByteArrayCopySize:FillingExtrasWith: must have a length of 1
 The filler must be a byte array of length exactly 1 (primitives.md 3.4)."
'abc' _ByteArrayCopySize: 5 FillingExtrasWith: 'xy'.

"Expected error: Argument passed to _ByteAt: is out of bounds for this receiver (passed 3, size 3)
 (primitives.md 3.4)"
'abc' _ByteAt: 3.

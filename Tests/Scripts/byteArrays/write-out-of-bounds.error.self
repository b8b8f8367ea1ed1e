"Expected error: Argument passed to _ByteAt:Put: is out of bounds for this receiver (passed 3, size 3)
 (primitives.md 3.4; the wording follows _ByteAt:)"
'abc' _ByteAt: 3 Put: 65.

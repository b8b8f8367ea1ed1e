"Expected error: Argument passed to _ByteAt: is out of bounds for this receiver (passed 0, size 0)
 (primitives.md 3.4)"
'' _ByteAt: 0.

"Expected error: Expected a byte array for receiver of _ByteAt:Put:
 (primitives.md 1.2, 3.4)"
(std array copySize: 1) _ByteAt: 0 Put: 65.

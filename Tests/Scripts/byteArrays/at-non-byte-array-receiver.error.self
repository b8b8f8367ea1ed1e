"Expected error: Expected a byte array for receiver of _ByteAt:
 (primitives.md 3.4)"
(std array copySize: 2) _ByteAt: 0.

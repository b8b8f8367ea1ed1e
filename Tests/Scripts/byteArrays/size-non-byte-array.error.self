"Expected error: Expected a byte array for receiver of _ByteArraySize
 (primitives.md 3.4)"
(std array copySize: 2) _ByteArraySize.

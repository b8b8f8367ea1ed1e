"Expected error: Expected a byte array for receiver of _ByteArrayCopySize:FillingExtrasWith:
 (primitives.md 1.2, 3.4)"
(std array copySize: 1) _ByteArrayCopySize: 1 FillingExtrasWith: ' '.

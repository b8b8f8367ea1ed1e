"Expected error: Expected a byte array for receiver of _ByteArrayConcatenate:
 (primitives.md 1.2, 3.4)"
3 _ByteArrayConcatenate: 'abc'.

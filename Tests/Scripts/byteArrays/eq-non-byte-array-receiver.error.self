"Expected error: Expected a byte array for receiver of _ByteArrayEq:
 _ByteArrayEq: accepts any argument but needs a byte array receiver (primitives.md 3.4)."
3 _ByteArrayEq: 'a'.

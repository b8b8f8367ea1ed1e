"Expected error: Integer overflow
 2^31 * 2^32 = 2^63 wraps to a negative 64-bit value; it must be an error (language.md 11.1)."
(1 _IntShl: 31) _IntMul: (1 _IntShl: 32).

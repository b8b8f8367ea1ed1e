"Expected error: Integer overflow
 2^32 * 2^32 = 2^64 must not wrap to 0 (language.md 11.1: results never wrap)."
(1 _IntShl: 32) _IntMul: (1 _IntShl: 32).

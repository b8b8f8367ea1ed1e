"Expected error: Integer overflow
 2^31 * 2^31 = 2^62 is one past the largest integer (language.md 11.1)."
(1 _IntShl: 31) _IntMul: (1 _IntShl: 31).

"Expected error: Integer overflow
 -2^62 * -1 is 2^62, out of range (language.md 11.1)."
(1 _IntShl: 62) _IntMul: 1 negate.

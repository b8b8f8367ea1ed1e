"Expected error: Integer overflow
 Multiplication past 2^62-1 (language.md 11.1)."
(1 _IntShl: 61) _IntMul: 2.

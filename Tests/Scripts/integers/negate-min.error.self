"Expected error: Integer underflow
 negate is 0 - self: negating -2^62 overflows in a subtraction (language.md 11.1)."
(1 _IntShl: 62) negate.

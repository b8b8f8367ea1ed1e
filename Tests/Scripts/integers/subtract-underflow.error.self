"Expected error: Integer underflow
 Subtraction below -2^62 (language.md 11.1)."
(1 _IntShl: 62) _IntSub: 1.

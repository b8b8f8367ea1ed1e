"Expected error: Integer overflow
 (language.md 11.1)"
(1 _IntShl: 62) _IntAdd: (1 _IntShl: 62).

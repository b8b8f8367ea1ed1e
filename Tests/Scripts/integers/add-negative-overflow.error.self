"Expected error: Integer overflow
 Addition below -2^62 is reported as overflow (language.md 11.1)."
(1 _IntShl: 62) _IntAdd: 1 negate.

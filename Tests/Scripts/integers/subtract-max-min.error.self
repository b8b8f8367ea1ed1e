"Expected error: Integer underflow
 A positive subtraction overflow is also reported as underflow (language.md 11.1)."
4611686018427387903 _IntSub: (1 _IntShl: 62).

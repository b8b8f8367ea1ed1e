"Expected error: Integer underflow
 (language.md 11.1)"
(1 _IntShl: 62) _IntSub: 4611686018427387903.

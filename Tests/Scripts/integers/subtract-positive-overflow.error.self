"Expected error: Integer underflow
 Every subtraction overflow is reported as underflow, including positive ones (language.md 11.1, primitives.md 3.3)."
4611686018427387903 _IntSub: 1 negate.

"Expected error: Argument to _IntShl: must be between 0 and 63
 (language.md 11.1, primitives.md 3.3)"
1 _IntShl: 64.

"Expected error: Modulo by zero
 (language.md 11.1, primitives.md 3.3)"
7 _IntMod: 0.

"Expected error: Division by zero
 (language.md 11.1, primitives.md 3.3)"
7 _IntDiv: 0.

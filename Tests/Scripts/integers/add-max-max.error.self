"Expected error: Integer overflow
 (language.md 11.1)"
4611686018427387903 _IntAdd: 4611686018427387903.

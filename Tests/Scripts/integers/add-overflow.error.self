"Expected error: Integer overflow
 Addition past 2^62-1 (language.md 11.1)."
4611686018427387903 _IntAdd: 1.

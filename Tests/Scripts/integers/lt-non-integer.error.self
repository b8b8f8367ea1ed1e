"Expected error: Expected integer for argument 1 of _IntLT:
 _IntLT: with a non-integer argument raises an error (language.md 11.1)."
3 _IntLT: 'a'.

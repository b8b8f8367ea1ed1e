"Expected error: Expected integer for argument 1 of _IntGT:
 _IntGT: with a non-integer argument raises an error (language.md 11.1)."
3 _IntGT: nil.

"Expected error: Expected integer for argument 1 of _IntAdd:
 A float is not an integer (language.md 11.2)."
1 _IntAdd: 1.5.

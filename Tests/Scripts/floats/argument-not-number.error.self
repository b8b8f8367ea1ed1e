"Expected error: Expected number for argument 1 of _FloatAdd:
 A float adds numbers only (docs/numbers.md)."
1.5 + 'a'.

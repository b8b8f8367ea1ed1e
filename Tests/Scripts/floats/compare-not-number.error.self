"Expected error: Expected number for argument 1 of _FloatLT:
 Ordering needs a number (docs/numbers.md)."
1.5 < nil.

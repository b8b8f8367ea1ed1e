"Expected error: Integer too large
 A result of more than 2^24 bits is refused before it is computed (docs/numbers.md)."
2 ** (2 ** 30).

"Expected error: inf has no integer value (_FloatTruncated)
 An infinity has no integer value (docs/numbers.md)."
0.0 infinity truncated.

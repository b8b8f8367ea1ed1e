"Expected error: nan has no integer value (_FloatTruncated)
 NaN has no integer value (docs/numbers.md)."
0.0 nan truncated.

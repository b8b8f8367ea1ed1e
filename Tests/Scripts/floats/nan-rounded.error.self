"Expected error: nan has no integer value (_FloatRounded)
 NaN has no integer value (docs/numbers.md)."
0.0 nan rounded.

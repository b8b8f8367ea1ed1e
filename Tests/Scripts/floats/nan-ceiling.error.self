"Expected error: nan has no integer value (_FloatCeiling)
 NaN has no integer value (docs/numbers.md)."
0.0 nan ceiling.

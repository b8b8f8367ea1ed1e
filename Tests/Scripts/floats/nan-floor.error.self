"Expected error: nan has no integer value (_FloatFloor)
 NaN has no integer value (docs/numbers.md)."
0.0 nan floor.

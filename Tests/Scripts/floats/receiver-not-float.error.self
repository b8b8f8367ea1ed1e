"Expected error: Expected float for receiver of _FloatSqrt
 The float primitives need a float receiver (docs/numbers.md)."
3 _FloatSqrt.

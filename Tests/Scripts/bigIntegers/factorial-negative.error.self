"Expected error: factorial of a negative integer
 factorial is for integers of 0 or more (docs/numbers.md)."
3 negate factorial.

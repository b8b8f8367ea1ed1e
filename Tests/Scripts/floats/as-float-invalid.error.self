"Expected error: '1.5x' is not a floating-point number
 asFloat takes the text of a number only (docs/numbers.md)."
'1.5x' asFloat.

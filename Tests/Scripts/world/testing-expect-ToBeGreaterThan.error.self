"Prints Value: and Actual:, then 'Expected actual value to be greater than given value'."
std testing test expect: 4 ToBeGreaterThan: 4.

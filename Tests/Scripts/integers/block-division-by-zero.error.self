"Expected error: Division by zero
 A zero divisor in an arithmetic block (docs/bytecode.md, 'Arithmetic blocks')
 leaves the block to its instructions one by one, and the error is the
 division's, as without the block."
_AddSlots: (| scaled: a By: b = ( | x. y | x: a. y: b. (((x * y) - x) * x) + (x / y) ) |).
scaled: 7 By: 0.

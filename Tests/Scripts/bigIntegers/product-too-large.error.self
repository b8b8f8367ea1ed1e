"Expected error: Integer too large
 A product whose operands' sizes add up beyond 2^24 bits is refused before it is
 computed (docs/numbers.md); each operand alone is allowed."
(2 ** 10000000) * (2 ** 10000000).

"Expected error: Integer too large
 A product whose operands' sizes add up beyond 2^26 bits is refused before it is
 computed (docs/numbers.md); each operand alone is allowed."
(2 ** 40000000) * (2 ** 40000000).

"Prints both values, then 'Expected unequal values'."
std testing test expect: 3 ToNotBe: 3.

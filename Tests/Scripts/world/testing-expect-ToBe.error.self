"Prints both values, then 'Expected equal values'."
std testing test expect: 3 ToBe: 4.

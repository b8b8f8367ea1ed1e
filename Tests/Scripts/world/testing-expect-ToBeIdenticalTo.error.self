"Prints both values, then 'Expected identical values'."
std testing test expect: 'a' ToBeIdenticalTo: 'a'.

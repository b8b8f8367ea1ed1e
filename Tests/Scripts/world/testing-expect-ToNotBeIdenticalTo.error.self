"'Expected non-identical values'."
std testing test expect: 3 ToNotBeIdenticalTo: 3.

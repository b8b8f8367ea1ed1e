"'Expected expression to be true'."
std testing test expectToBeTrue: false.

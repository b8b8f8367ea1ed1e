"'Expected expression to be false'."
std testing test expectToBeFalse: true.

"The value must understand ifFalse:."
std testing test expectToBeTrue: 3.

"copyFrom:Size: past the end is out of bounds."
'abc' copyFrom: 2 Size: 5.

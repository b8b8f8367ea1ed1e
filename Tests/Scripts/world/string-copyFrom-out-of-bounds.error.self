"copyFrom: past the end fails."
'abc' copyFrom: 4.

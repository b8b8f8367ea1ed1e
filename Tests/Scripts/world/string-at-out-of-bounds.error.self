"Reading past the end of a string is a primitive error."
'abc' at: 3.

"The argument of ',' must be a string."
'abc', 3.

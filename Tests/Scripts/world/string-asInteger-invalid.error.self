"'Invalid character in string'."
'12!' asInteger.

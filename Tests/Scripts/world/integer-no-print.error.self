"Integers have no print: use 'n asString print'."
3 print.

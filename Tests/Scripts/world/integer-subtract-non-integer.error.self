"The argument of - must be an integer."
1 - 'a'.

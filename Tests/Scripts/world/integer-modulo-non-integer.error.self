"The argument of % must be an integer."
6 % true.

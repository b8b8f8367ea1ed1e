"The argument of * must be an integer."
2 * nil.

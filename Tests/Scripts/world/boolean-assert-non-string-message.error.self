"The message of assert: must be a string: concatenating an integer fails."
false assert: 42.

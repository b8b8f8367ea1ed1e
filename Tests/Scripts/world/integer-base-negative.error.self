"'Base outside valid range' for negative bases."
10 asStringBase: 1 negate.

"'Base outside valid range' for bases above 36."
10 asStringBase: 37.

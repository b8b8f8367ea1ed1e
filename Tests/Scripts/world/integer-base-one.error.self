"'Base outside valid range' for base 1 (ZigSelf never terminates)."
10 asStringBase: 1.

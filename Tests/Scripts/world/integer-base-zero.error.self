"'Base outside valid range' for base 0 (ZigSelf divides by zero)."
10 asStringBase: 0.

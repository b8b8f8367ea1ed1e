"'empty string cannot be converted to integer'."
'' asInteger.

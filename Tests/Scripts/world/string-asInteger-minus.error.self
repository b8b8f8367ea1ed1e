"'-' is an invalid character too: there is no sign."
'-12' asInteger.

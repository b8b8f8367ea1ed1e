"'base can at most be 36'."
'12' asIntegerBase: 37.

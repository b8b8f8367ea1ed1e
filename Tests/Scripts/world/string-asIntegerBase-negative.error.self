"'base can at most be 36' for a negative base too."
'12' asIntegerBase: 1 negate.

"A space is an invalid character."
'1 2' asInteger.

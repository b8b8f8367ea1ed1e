"The filler must have length 1."
'abc' copySize: 5 FillingExtrasWith: 'xy'.

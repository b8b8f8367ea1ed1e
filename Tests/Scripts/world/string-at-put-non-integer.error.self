"Elements are bytes: a string is not one."
'abc' copy at: 0 Put: 'a'.

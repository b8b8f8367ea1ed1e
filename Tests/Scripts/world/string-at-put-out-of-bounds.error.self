"Writing past the end of a string is a primitive error."
'abc' copy at: 3 Put: 65.

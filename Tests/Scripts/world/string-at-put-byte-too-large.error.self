"Elements are bytes: 256 does not fit."
'abc' copy at: 0 Put: 256.

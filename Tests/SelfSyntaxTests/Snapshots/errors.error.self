"Several errors: each is reported, the first at the right place."
1 + 2 * 3.
(| a. a |).
[ ^ 1. 2 ].
x at : 1.
0123.
(| m = (| p* = 1 | p) |).
'unterminated

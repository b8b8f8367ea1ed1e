"Precedence (§6): unary, then binary, then keyword, then ;."
a b c.
a b + c d.
x at: a + b Put: c d.
a - b - c.
2 ** 3 ** 2.
n = 0 ifTrue: [ 'zero' ] False: [ 'other' ].
x at: i put: v.
a foo: b Bar: c baz: d Qux: e.
a + + b.
x < -1.
"Implicit receivers and self elision."
size.
at: 1 Put: 2.
foo: -1.
self foo.
self foo: x.
x self.
self.
"; pipes into the previous result."
list add: 3; add: 4; size.
'a', 'b'; printLine.
a; + 1 foo: 2.

"fib.self: recursive Fibonacci, fib(32) = 2178309. Run by scripts/bench (section
 fib) beside fib.py and fib.lua; run it by hand with 'self fib.self'."

_AddSlots: (|
    fib: n = ( n < 2 ifTrue: [ n ] False: [ (fib: n - 1) + (fib: n - 2) ] ).
|).

(fib: 32) asString printLine.

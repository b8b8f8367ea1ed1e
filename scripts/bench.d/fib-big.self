"fib-big.self: fib(10000) by iteration on two variables; the values leave
 63 bits at fib(91). Prints the number of decimal digits of fib(10000) and
 its first and last 20 digits, all taken from its full text:
 2090 33644764876431783266 66073310059947366875.
 The same program as fib-big.py; scripts/bench section fibbig.
 It needs big integers: an integer operation whose result leaves 63 bits
 answers a big integer."

_AddSlots: (|
    fib: n = ( | a <- 0. b <- 1. next |
        1 through: n Do: [| :i |
            next: a + b.
            a: b.
            b: next ].
        a ).

    "The number of decimal digits, the first 20 and the last 20."
    summary: number = ( | text |
        text: number asString.
        text size asString, ' ', (text copyFrom: 0 Until: 20), ' ', (text copyFrom: text size - 20 Until: text size) ).
|).

(summary: (fib: 10000)) printLine.

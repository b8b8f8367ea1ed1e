"asString is the shortest text that reads back as the same float: 10,000
 pseudo-random doubles (random sign, 52-bit significand and exponent from
 -1074 to 1023, so subnormals too) go through asString and asFloat and come
 back equal, and print the same text again (docs/numbers.md)."
(|
    parent* = std testing test.

    seed <- 12345.

    "A 31-bit linear congruential generator (the integers stay small)."
    next = (
        seed: ((seed * 1103515245) + 12345) % 2147483648.
        seed ).

    "A random double: (1 + m / 2^52) * 2^e with a random sign."
    randomDouble = ( | m. e. x |
        m: ((next % 67108864) * 67108864) + (next % 67108864).
        e: (next % 2098) - 1074.
        x: (1.0 + (m asFloat / 4503599627370496.0)) * (2.0 raisedTo: e).
        (next % 2) = 0 ifTrue: [ x negated ] False: [ x ] ).

    run = ( | failures |
        failures: 0.
        1 through: 10000 Do: [| :i. x. text |
            x: randomDouble.
            text: x asString.
            ((text asFloat = x) && [ text asFloat asString = text ]) ifFalse: [
                failures: failures + 1.
                ('does not round-trip: ', text) printLine ] ].
        expect: failures ToBe: 0 ).
|) run.

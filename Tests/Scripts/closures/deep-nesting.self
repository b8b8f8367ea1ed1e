"Closures nested many levels deep read and assign variables of every
 enclosing level (language.md 7.3, 7.5)."
(|
    parent* = std testing test.

    make: a = ( | m <- 1 |
        [| :b. l1 <- 10 |
            [| :c. l2 <- 100 |
                [| :d |
                    [ m: m + 1.
                      l1: l1 + 1.
                      l2: l2 + 1.
                      (a + b) + ((c + d) + ((m + l1) + l2)) ] ] ] ] ).

    run = ( | inner |
        inner: (((make: 1000) value: 200) value: 30) value: 4.
        expect: inner value ToBe: 1234 + (2 + (11 + 101)).
        expect: inner value ToBe: 1234 + (3 + (12 + 102)) ).
|) run.

"A comparison that an inlined conditional or loop tests takes the branch itself
 (ArithmeticExtension.fusedBranch): integer and float comparisons in loops and
 conditionals branch as before, the comparison's value stays where && and ||
 answer it, a comparison that answers a non-boolean once < is redefined makes
 the real send of ifTrue:False:, and a redefined ifTrue: (its guard tripped)
 runs instead of the fused branch."
(|
    parent* = std testing test.

    countTo: n = ( | i <- 0 | [ i < n ] whileTrue: [ i: i + 1 ]. i ).
    floatSteps = ( | x <- 0.0. k <- 0 | [ x < 1.0 ] whileTrue: [ x: x + 0.25. k: k + 1 ]. k ).
    sign: n = ( n < 0 ifTrue: [ 'negative' ] False: [ n > 0 ifTrue: [ 'positive' ] False: [ 'zero' ] ] ).
    within: x = ( (x >= 1) && [ x <= 9 ] ).
    outside: x = ( (x < 1) || [ x > 9 ] ).
    bigger: x Than: y = ( x > y ifTrue: [ 'bigger' ] False: [ 'not bigger' ] ).
    nanTest = ( | nan | nan: 0.0 / 0.0. (nan < 1.0) ifTrue: [ 'less' ] False: [ 'not less' ] ).

    run = (
        expect: (countTo: 10) ToBe: 10.
        expect: (countTo: 0 - 3) ToBe: 0.
        expect: floatSteps ToBe: 4.
        expect: (sign: 0 - 5) ToBe: 'negative'.
        expect: (sign: 5) ToBe: 'positive'.
        expect: (sign: 0) ToBe: 'zero'.
        expect: (within: 5) ToBe: true.
        expect: (within: 10) ToBe: false.
        expect: (outside: 0) ToBe: true.
        expect: (outside: 5) ToBe: false.
        expect: (bigger: 2.5 Than: 2) ToBe: 'bigger'.
        expect: (bigger: 2 Than: 2.5) ToBe: 'not bigger'.
        expect: (bigger: 3 Than: 3) ToBe: 'not bigger'.
        expect: nanTest ToBe: 'not less'.

        "A comparison answering a non-boolean: the conditional is a real send to it."
        std traits integer _AddSlots: (| < n = ( (| ifTrue: t False: f = ( 'odd answer' ) |) ) |).
        expect: (sign: 0 - 5) ToBe: 'odd answer'.
        std traits integer _AddSlots: (| < n = ( _IntLT: n ) |).
        expect: (sign: 0 - 5) ToBe: 'negative'.

        "A redefined ifTrue:False: on booleans runs instead of the fused branch."
        true _AddSlots: (| ifTrue: t False: f = ( 'redefined' ) |).
        expect: (bigger: 3 Than: 2) ToBe: 'redefined'.
        true _AddSlots: (| ifTrue: t False: f = ( t value ) |).
        expect: (bigger: 3 Than: 2) ToBe: 'bigger'.
        expect: (countTo: 7) ToBe: 7 ).
|) run.

"a && [ ... ] and a || [ ... ] with a literal block are compiled inline like
 ifTrue:False: (issue 11), so that the block is not made and the variables it
 uses stay in registers. They must answer what the world's methods answer: the
 block's value or the receiver's constant, the block run only when needed, a
 non-local return from it, a receiver that is not a boolean taking the real
 send, and a redefinition of && obeyed."
(|
    parent* = std testing test.

    runs <- 0.
    count = ( runs: runs + 1. true ).
    both: a And: b = ( a && [ b ] ).
    either: a Or: b = ( a || [ b ] ).
    firstPositive: v = ( | i <- 0 |
        [ (i < v size) && [ ((v at: i) > 0) not ] ] whileTrue: [ i: i + 1 ].
        i ).
    early: x = ( (x > 0) && [ ^ 'early' ]. 'late' ).
    orEarly: x = ( (x > 0) || [ ^ 'early' ]. 'late' ).
    empty = ( true && [] ).
    captures: n = ( | total <- 0 | (n > 0) && [ total: total + n. true ]. total ).

    run = ( | failed <- false. v |
        expect: (both: true And: 3) ToBe: 3.
        expect: (both: false And: 3) ToBe: false.
        expect: (either: true Or: 3) ToBe: true.
        expect: (either: false Or: 3) ToBe: 3.
        expect: empty ToBe: nil.
        "The block runs only when the receiver does not decide."
        runs: 0.
        false && [ count ].  true || [ count ].
        expect: runs ToBe: 0.
        true && [ count ].  false || [ count ].
        expect: runs ToBe: 2.
        expect: (early: 1) ToBe: 'early'.
        expect: (early: 0) ToBe: 'late'.
        expect: (orEarly: 0) ToBe: 'early'.
        expect: (orEarly: 1) ToBe: 'late'.
        expect: (captures: 4) ToBe: 4.
        expect: (captures: 0) ToBe: 0.
        v: std vector copy.
        v add: 0; add: 0; add: 7.
        expect: (firstPositive: v) ToBe: 2.
        "A receiver that is not a boolean makes the real send."
        '3 && [ 4 ]' _EvaluateStringIfFail: [ failed: true ].
        expectToBeTrue: failed ).
|) run.

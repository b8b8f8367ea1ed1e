"through:Do: with a literal block is compiled inline like to:Do: (issue 11):
 the same answers as the world's method, including an empty range, a loop
 variable the body assigns, a bound of the largest small integer (the counter
 must not wrap past it), a big-integer or float bound (the real send), and a
 redefinition of through:Do: on integers, which the inlined loops must obey."
(|
    parent* = std testing test.

    sumThrough: bound = ( | sum <- 0 | 1 through: bound Do: [| :i | sum: sum + i ]. sum ).
    countFrom: low Through: high = ( | n <- 0 | low through: high Do: [| :i | n: n + 1 ]. n ).
    assigned = ( | seen <- 0 | 1 through: 5 Do: [| :i | i: i * 10. seen: seen + i ]. seen ).
    largest = ( 4611686018427387903 ).

    run = ( | last. turns <- 0. failed <- false |
        expect: (sumThrough: 10) ToBe: 55.
        expect: (sumThrough: 1) ToBe: 1.
        expect: (sumThrough: 0) ToBe: 0.
        expect: (countFrom: 5 Through: 4) ToBe: 0.
        expect: (countFrom: 3 negate Through: 3) ToBe: 7.
        expect: assigned ToBe: 150.
        (largest - 2) through: largest Do: [| :i | last: i. turns: turns + 1 ].
        expect: turns ToBe: 3.
        expect: last ToBe: largest.
        "A big bound and a float bound take the world's method."
        expect: (countFrom: largest - 1 Through: largest + 1) ToBe: 3.
        expect: (countFrom: 1 Through: 3.5) ToBe: 3.
        "So does a non-integer receiver: floats have no through:Do:."
        '1.5 through: 3 Do: [| :i | i ]' _EvaluateStringIfFail: [ failed: true ].
        expectToBeTrue: failed.
        "The inlined to:Do: obeys the same bound arithmetic."
        turns: 0.
        (largest - 2) to: largest Do: [| :i | turns: turns + 1 ].
        expect: turns ToBe: 2 ).
|) run.

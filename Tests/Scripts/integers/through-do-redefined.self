"An inlined through:Do: runs the new method once std traits integer's
 through:Do: is redefined (its guard trips), and the old behaviour once more
 after a definition like the original is put back."
(|
    parent* = std testing test.

    count = ( | n <- 0 | 1 through: 4 Do: [| :i | n: n + 1 ]. n ).

    run = (
        expect: count ToBe: 4.
        std traits integer _AddSlots: (| through: upper Do: blk = ( 'redefined' ) |).
        expect: count ToBe: 0.
        expect: (1 through: 4 Do: [| :i | i ]) ToBe: 'redefined'.
        std traits integer _AddSlots: (| through: upper Do: blk = ( | i | i: self. [ i <= upper ] whileTrue: [ blk value: i. i: i + 1 ]. nil ) |).
        expect: count ToBe: 4 ).
|) run.

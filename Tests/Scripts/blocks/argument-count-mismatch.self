"A block sent an invocation selector with the wrong number of arguments goes
 through normal lookup (language.md 7.3). With the world: extra arguments are
 dropped, and with too few the block answers itself without running."
(|
    parent* = std testing test.
    runs <- 0.

    run = ( | one. two |
        one: [| :a | runs: runs + 1. a ].
        two: [| :a. :b | runs: runs + 1. a ].
        expect: (one value: 1 With: 2) ToBe: 1.
        expect: (one value: 3 With: 4 With: 5) ToBe: 3.
        expect: ([ 7 ] value: 1) ToBe: 7.
        expect: ([ 8 ] value: 1 With: 2) ToBe: 8.
        expect: (two value: 1 With: 2 With: 3) ToBe: 1.
        expect: runs ToBe: 3.
        runs: 0.
        expectToBeTrue: (one value _Eq: one).
        expectToBeTrue: ((two value: 1) _Eq: two).
        expectToBeTrue: (two value _Eq: two).
        expect: runs ToBe: 0 ).
|) run.

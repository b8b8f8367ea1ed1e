"Jump threading and discarded control-form values (CodeGenerator.threadJumps;
 a statement-level ifTrue:, whileTrue: or to:Do: whose value is unused loads
 no nil): nested conditionals in loops compute as before, a conditional with
 an empty branch as a statement changes nothing, and the value of a
 conditional that is used is still nil for an empty branch."
(|
    parent* = std testing test.

    mixed = ( | r. i |
        r: 0. i: 0.
        [ i < 20 ] whileTrue: [
            (i % 2) = 0 ifTrue: [ (i % 3) = 0 ifTrue: [ r: r + i ] ] False: [ r: r - 1 ].
            i: i + 1 ].
        0 to: 5 Do: [| :k | k = 2 ifTrue: [ r: r + 100 ] ].
        r ).

    untouched = ( | x |
        x: 5.
        x < 3 ifTrue: [ x: 0 ].
        [ x < 3 ] whileTrue: [ x: x + 1 ].
        x > 100 ifTrue: [ ] False: [ ].
        x ).

    emptyBranch: b = ( b ifTrue: [ 1 ] ).
    loopValue = ( [ false ] whileTrue: [ ] ).
    early: n = ( 0 to: 10 Do: [| :i | i = n ifTrue: [ ^ i * 10 ] ]. 0 - 1 ).

    run = (
        "Even multiples of 3 below 20: 0 + 6 + 12 + 18 = 36; ten odd: -10; once 100."
        expect: mixed ToBe: 126.
        expect: untouched ToBe: 5.
        expect: (emptyBranch: false) ToBe: nil.
        expect: (emptyBranch: true) ToBe: 1.
        expect: loopValue ToBe: nil.
        expect: (early: 4) ToBe: 40.
        expect: (early: 20) ToBe: (0 - 1) ).
|) run.

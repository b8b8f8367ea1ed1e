"Each argument of a proxy message is blessed into the target: a vector sent
 arrives as a copy, so later changes on either side are not seen by the
 other (actors.md 5 step 2, 6.1)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.
        test* = std testing test.

        target = (|
            parent* = std traits actor.
            test* = std testing test.
            done <- false.
            take: v = (
                expect: v size ToBe: 2.
                expect: (v at: 0) ToBe: 1.
                expect: (v at: 1) ToBe: 'two'.
                v add: 'changed by the target'.
                done: true ).
            main = ( expectToBeTrue: done ).
        |).

        main = ( | t. v. a. o. shared |
            t: target spawn.
            v: (std vector copy add: 1; add: 'two').
            t take: v.
            v add: 'changed by the sender'.
            expect: v size ToBe: 3.
            expect: (v at: 2) ToBe: 'changed by the sender'  ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

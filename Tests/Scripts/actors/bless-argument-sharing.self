"Within one blessed argument each object is copied once: two references to
 the same object arrive as two references to the same copy, and cycles are
 preserved (actors.md 6.1)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.
        test* = std testing test.

        target = (|
            parent* = std traits actor.
            test* = std testing test.
            done <- false.
            take: o = (
                expectToBeTrue: (o left _Eq: o right).
                expectToBeTrue: (o itself _Eq: o).
                o left add: 'x'.
                expect: o right size ToBe: 2.
                done: true ).
            main = ( expectToBeTrue: done ).
        |).

        main = ( | t. v. a. o. shared |
            t: target spawn.
            shared: (std vector copy add: 1).
            o: (| parent* = std traits clonable. left. right. itself |) copy.
            o left: shared; right: shared.
            o itself: o.
            t take: o  ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

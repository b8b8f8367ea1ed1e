"Blessing stops at globally reachable objects: they arrive as themselves
 (actors.md 6.1). Integers are unchanged."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.
        test* = std testing test.

        target = (|
            parent* = std traits actor.
            test* = std testing test.
            done <- false.
            take: v With: n = (
                expectToBeTrue: (v _Eq: std vector).
                expectToBeTrue: (std traits vector _Eq: v parent).
                expect: n ToBe: 12345.
                done: true ).
            main = ( expectToBeTrue: done ).
        |).

        main = ( | t. v. a. o. shared |
            t: target spawn.
            t take: std vector With: 12345  ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

"Each argument is blessed separately, so sharing between two arguments is not
 preserved: the same object sent twice arrives as two copies (actors.md 6.1)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.
        test* = std testing test.

        target = (|
            parent* = std traits actor.
            test* = std testing test.
            done <- false.
            take: x And: y = (
                expectToBeFalse: (x _Eq: y).
                expect: x size ToBe: 1.
                expect: y size ToBe: 1.
                done: true ).
            main = ( expectToBeTrue: done ).
        |).

        main = ( | t. v. a. o. shared |
            t: target spawn.
            v: (std vector copy add: 1).
            t take: v And: v  ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

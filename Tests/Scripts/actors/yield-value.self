"_ActorYield continues after the send when the actor is resumed; its value is
 unspecified (actors.md 4.5), so only continuing is checked, and that the
 world's yield can be used as a statement."
(|
    parent* = std testing test.

    worker = (|
        parent* = std traits actor.
        test* = std testing test.
        steps <- 0.
        main = (
            steps: 1.
            yield.
            steps: 2.
            _ActorYield.
            expect: steps ToBe: 2 ).
    |).

    run = ( | a |
        a: worker spawn.
        a _ActorResume.
        a _ActorResume.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

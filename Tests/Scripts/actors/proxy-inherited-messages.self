"Lookup on a proxy send happens in the target's context, with its parents:
 an inherited method is queued like any other. Messages such as '==' are
 sent to the target too; only 'self' is answered by the proxy (actors.md 5)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.
        test* = std testing test.

        target = (|
            parent* = std traits actor.
            test* = std testing test.
            got <- 0.
            "== is inherited from the default behaviour; here it is overridden
             to count."
            == x = ( got: got + 1. true ).
            main = (
                [ got < 1 ] whileTrue: [ yield ].
                expect: got ToBe: 1 ).
        |).

        main = ( | t |
            t: target spawn.
            "Queued, so it answers nil rather than a boolean."
            expect: (t == t) ToBe: nil.
            expectToBeTrue: (t self _Eq: t) ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

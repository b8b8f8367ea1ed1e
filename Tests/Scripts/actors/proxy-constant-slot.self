"A message naming a constant non-method slot of the target answers nil, and
 nothing is queued, so the target never handles it (actors.md 5 step 2)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.
        test* = std testing test.

        target = (|
            parent* = std traits actor.
            stub = 5.
            main = ( nil ).
        |).

        main = ( | t |
            t: target spawn.
            expect: t stub ToBe: nil ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

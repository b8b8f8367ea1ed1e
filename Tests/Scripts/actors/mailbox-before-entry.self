"Messages queued for an actor before its first run are all handled, oldest
 first, before its entry method starts (actors.md 4.2 step 10, 4.3 step 3)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.

        target = (|
            parent* = std traits actor.
            test* = std testing test.
            log <- ''.
            note: s = ( log: log, s ).
            main = ( expect: log ToBe: 'abc' ).
        |).

        main = ( | t |
            t: target spawn.
            t note: 'a'.
            t note: 'b'.
            t note: 'c' ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

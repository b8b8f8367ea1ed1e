"Messages to a dead actor are queued and never handled; sending them is not
 an error (actors.md 5)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.

        target = (|
            parent* = std traits actor.
            ping = ( _Error: 'a dead actor handled a message' ).
            main = ( 'done' ).
        |).

        main = ( | t |
            t: target spawn.
            yield.
            t ping.
            t ping ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead.
        a _ActorResume.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

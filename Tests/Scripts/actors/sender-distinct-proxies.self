"Two _ActorSender calls answer two distinct proxy objects for the same
 sender, so proxies cannot be compared by identity (actors.md 4.6). Both
 work."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.
        test* = std testing test.
        replies <- 0.
        reply = ( replies: replies + 1 ).

        target = (|
            parent* = std traits actor.
            test* = std testing test.
            ping = ( | p. q |
                p: _ActorSender.
                q: _ActorSender.
                expectToBeFalse: (p _Eq: q).
                p reply.
                q reply ).
            main = ( nil ).
        |).

        main = (
            target spawn ping.
            [ replies < 2 ] whileTrue: [ yield ] ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

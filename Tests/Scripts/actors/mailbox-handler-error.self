"A message handler that raises a runtime error kills the actor (reason 1);
 its remaining messages are dropped and its entry method never runs
 (actors.md 4.3 step 3)."
_AddSlots: (| actorsMailboxHandlerErrorLog = 'xxxx' |).

(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.

        target = (|
            parent* = std traits actor.
            fail = ( _Error: 'handler fails' ).
            "Writes a byte into a global byte array (the _ByteAt:Put: quirk)
             so that the genesis can see whether it ran."
            mark = ( actorsMailboxHandlerErrorLog at: 0 Put: 109 ).
            main = ( actorsMailboxHandlerErrorLog at: 1 Put: 109 ).
        |).

        main = ( | t |
            t: target spawn.
            t fail.
            t mark ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason runtimeError.
        expect: actorsMailboxHandlerErrorLog ToBe: 'xxxx' ).
|) _Genesis: 'run'.

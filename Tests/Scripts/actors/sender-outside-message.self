"_ActorSender in a regular actor that is not handling a message is a runtime
 error ('_ActorSender sent outside of a message'), which kills the actor
 (actors.md 4.6, 7.1)."
(|
    parent* = std testing test.

    worker = (|
        parent* = std traits actor.
        main = ( sender ).
    |).

    run = ( | a |
        a: worker spawn.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason runtimeError ).
|) _Genesis: 'run'.

"The current sender is cleared once the mailbox is empty: _ActorSender in the
 entry method after a message was handled is an error (actors.md 4.3 step 3,
 4.6)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.
        target = (|
            parent* = std traits actor.
            ping = ( 'handled' ).
            main = ( _ActorSender ).
        |).
        main = ( target spawn ping ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason runtimeError ).
|) _Genesis: 'run'.

"Expected error: _ActorBlockedFD sent to an actor that wasn't blocked
 _ActorBlockedFD for an actor whose reason is not blocked (actors.md 4.7)."
(|
    worker = (|
        parent* = std traits actor.
        main = ( yield ).
    |).

    run = ( | a |
        a: worker spawn.
        a _ActorResume.
        a _ActorBlockedFD ).
|) _Genesis: 'run'.

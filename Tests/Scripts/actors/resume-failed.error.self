"Expected error: Attempting to resume actor with error
 _ActorResume of an actor that died of a runtime error (actors.md 4.3
 step 2)."
(|
    worker = (|
        parent* = std traits actor.
        main = ( _Error: 'the actor fails' ).
    |).

    run = ( | a |
        a: worker spawn.
        a _ActorResume.
        a _ActorResume ).
|) _Genesis: 'run'.

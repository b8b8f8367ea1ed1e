"Expected error: Attempting to raise the dead from the grave
 _ActorResume of a dead actor is a runtime error in the genesis, which ends
 the program (actors.md 4.3 step 2: ZigSelf aborts; the new VM MUST raise)."
(|
    worker = (|
        parent* = std traits actor.
        main = (1).
    |).

    run = ( | a |
        a: worker spawn.
        a _ActorResume.
        a _ActorResume ).
|) _Genesis: 'run'.

"Expected error: Expected an actor for receiver of _ActorResume
 The receiver of _ActorResume must be an actor object (actors.md 4.3)."
(|
    run = ( () _ActorResume ).
|) _Genesis: 'run'.

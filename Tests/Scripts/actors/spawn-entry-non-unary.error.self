"Expected error: Spawning actor with non-unary method 'entry:' not permitted
 An entry selector naming a method with arguments is a runtime error
 (actors.md 4.2 step 5)."
(|
    run = (
        (|
            spawn = (
                _ActorSetEntrypoint: 'entry:'.
                self ).
            entry: x = ( x ).
        |) _ActorSpawn: 'spawn' ).
|) _Genesis: 'run'.

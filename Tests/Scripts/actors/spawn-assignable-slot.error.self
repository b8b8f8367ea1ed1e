"Expected error: Spawning actor with non-unary method 'spawn' not permitted
 _ActorSpawn: naming an assignable slot is a runtime error
 (actors.md 4.2 step 2)."
(|
    run = ( (| spawn <- 1 |) _ActorSpawn: 'spawn' ).
|) _Genesis: 'run'.

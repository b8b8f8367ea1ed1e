"Expected error: Spawning actor with non-unary method 'spawn:' not permitted
 _ActorSpawn: naming a method with arguments is a runtime error
 (actors.md 4.2 step 2)."
(|
    run = ( (| spawn: x = ( x ) |) _ActorSpawn: 'spawn:' ).
|) _Genesis: 'run'.

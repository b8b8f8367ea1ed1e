"Expected error: The actor spawn message pointed to a non-method slot. This is not allowed as the spawned actor does not own that value.
 _ActorSpawn: naming a constant that holds a non-method value is a runtime
 error (actors.md 4.2 step 2)."
(|
    run = ( (| spawn = 1 |) _ActorSpawn: 'spawn' ).
|) _Genesis: 'run'.

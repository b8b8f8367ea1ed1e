"Expected error: The actor did not set an entrypoint selector during its spawn activation
 A spawn method that does not send _ActorSetEntrypoint: (actors.md 4.2 step 4)."
(|
    run = (
        (|
            spawn = ( () ).
        |) _ActorSpawn: 'spawn' ).
|) _Genesis: 'run'.

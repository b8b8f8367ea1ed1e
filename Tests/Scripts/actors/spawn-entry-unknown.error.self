"Expected error: Unknown selector 'missingEntry'
 The entry selector is checked like the spawn selector: an unknown one is a
 runtime error (actors.md 4.2 step 5)."
(|
    run = (
        (|
            spawn = (
                _ActorSetEntrypoint: 'missingEntry'.
                self ).
        |) _ActorSpawn: 'spawn' ).
|) _Genesis: 'run'.

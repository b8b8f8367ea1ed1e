"Expected error: Expected a byte array for argument 1 of _ActorSpawn:
 The argument of _ActorSpawn: must be a byte array (actors.md 4.2 step 1)."
(|
    run = ( (| spawn = ( _ActorSetEntrypoint: 'main'. self ). main = (1) |) _ActorSpawn: 7 ).
|) _Genesis: 'run'.

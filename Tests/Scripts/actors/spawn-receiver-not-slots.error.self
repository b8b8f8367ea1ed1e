"Expected error: Expected a slots object for receiver of _ActorSpawn:
 The receiver of _ActorSpawn: must be a slots object (actors.md 4.2 step 1)."
(|
    run = ( 3 _ActorSpawn: 'succ' ).
|) _Genesis: 'run'.

"Expected error: Unknown selector 'nonexistent'
 _ActorSpawn: with a spawn selector the receiver does not understand
 (actors.md 4.2 step 2)."
(|
    run = ( () _ActorSpawn: 'nonexistent' ).
|) _Genesis: 'run'.

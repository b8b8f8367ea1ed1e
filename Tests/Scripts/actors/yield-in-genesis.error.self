"Expected error: _ActorYield sent outside of a regular actor
 _ActorYield in the genesis is a runtime error (actors.md 4.5)."
(|
    run = ( _ActorYield ).
|) _Genesis: 'run'.

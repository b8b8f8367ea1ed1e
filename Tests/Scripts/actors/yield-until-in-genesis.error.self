"Expected error: _ActorYieldUntil: sent outside of a regular actor
 _ActorYieldUntil: is for regular actors only (docs/world.md, sleep:)."
(|
    run = ( _ActorYieldUntil: 0 ).
|) _Genesis: 'run'.

"Expected error: _ActorSender sent outside of a regular actor
 _ActorSender in the genesis is a runtime error (actors.md 4.6)."
(|
    run = ( _ActorSender ).
|) _Genesis: 'run'.

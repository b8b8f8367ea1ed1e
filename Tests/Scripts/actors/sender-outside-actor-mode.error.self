"Expected error: _ActorSender sent outside of a regular actor
 _ActorSender outside actor mode (actors.md 4.6)."
_ActorSender.

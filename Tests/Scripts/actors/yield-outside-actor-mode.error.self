"Expected error: _ActorYield sent outside of a regular actor
 _ActorYield outside actor mode (actors.md 4.5)."
_ActorYield.

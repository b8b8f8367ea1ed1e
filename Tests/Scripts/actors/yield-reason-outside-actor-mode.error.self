"Expected error: _ActorYieldReason sent outside of the genesis actor
 _ActorYieldReason outside actor mode (actors.md 7.4)."
() _ActorYieldReason.

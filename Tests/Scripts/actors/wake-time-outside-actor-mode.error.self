"Expected error: _ActorWakeTime sent outside of the genesis actor
 _ActorWakeTime is for the genesis only (docs/world.md, sleep:)."
() _ActorWakeTime.

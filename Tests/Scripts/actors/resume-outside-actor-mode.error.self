"Expected error: _ActorResume sent outside of the genesis actor
 _ActorResume outside actor mode (actors.md 7.4)."
() _ActorResume.

"Expected error: _ActorBlockedFD sent outside of the genesis actor
 _ActorBlockedFD outside actor mode (actors.md 7.4)."
() _ActorBlockedFD.

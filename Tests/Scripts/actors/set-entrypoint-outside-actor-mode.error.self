"Expected error: _ActorSetEntrypoint: sent outside of actor mode
 _ActorSetEntrypoint: outside actor mode (primitives.md 3.6)."
_ActorSetEntrypoint: 'main'.

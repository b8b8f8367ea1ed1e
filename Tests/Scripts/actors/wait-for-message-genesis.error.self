"Expected error: _ActorWaitForMessage sent outside of a regular actor
 (extension, docs/primitives-extensions.md)."
(| main = ( _ActorWaitForMessage ) |) _Genesis: 'main'.

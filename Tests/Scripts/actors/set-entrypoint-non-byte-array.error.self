"Expected error: Expected a byte array for argument 1 of _ActorSetEntrypoint:
 The argument of _ActorSetEntrypoint: must be a byte array; the genesis may
 send it directly, outside a spawn method (primitives.md 3.6)."
(|
    run = ( _ActorSetEntrypoint: 3 ).
|) _Genesis: 'run'.

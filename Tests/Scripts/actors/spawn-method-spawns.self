"A spawn method must not spawn: in a regular actor that would stop the
 spawner, so _ActorSpawn: raises a runtime error, which kills the spawner
 (actors.md 4.2 step 3)."
(|
    parent* = std testing test.

    spawner = (|
        parent* = std traits actor.

        nested = (|
            inner = (|
                parent* = std traits actor.
                main = (1).
            |).
            spawn = (
                _ActorSetEntrypoint: 'main'.
                inner spawn.
                self ).
            main = (1).
        |).

        main = (
            nested _ActorSpawn: 'spawn'.
            [ true ] whileTrue: [ yield ] ).
    |).

    run = ( | a. result |
        a: spawner spawn.
        result: a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason runtimeError ).
|) _Genesis: 'run'.

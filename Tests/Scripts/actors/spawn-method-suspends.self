"A spawn method must not make the spawner stop running: a regular actor whose
 spawn method yields gets a runtime error from _ActorSpawn:, which kills it
 (actors.md 4.2 step 3; reason runtimeError, 7.1)."
(|
    parent* = std testing test.

    spawner = (|
        parent* = std traits actor.

        yielding = (|
            spawn = (
                _ActorSetEntrypoint: 'main'.
                _ActorYield.
                self ).
            main = (1).
        |).

        main = (
            yielding _ActorSpawn: 'spawn'.
            "Not reached."
            [ true ] whileTrue: [ yield ] ).
    |).

    run = ( | a |
        a: spawner spawn.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason runtimeError ).
|) _Genesis: 'run'.

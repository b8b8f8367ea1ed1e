"_ActorSpawn: in the genesis runs the spawn method at once, and answers an
 actor object; the new actor has reason none (0) and runs only when resumed
 (actors.md 4.2 steps 3, 6, 9, 10; 4.4). _ActorSetEntrypoint: answers nil."
(|
    parent* = std testing test.

    worker = (|
        parent* = std testing test.
        spawnRan <- false.
        entrypointResult <- 0.

        spawn = (
            entrypointResult: (_ActorSetEntrypoint: 'main').
            spawnRan: true.
            copy ).

        main = ( expect: 1 + 1 ToBe: 2 ).
    |).

    run = ( | a |
        a: (worker _ActorSpawn: 'spawn').
        "The spawn method ran synchronously, in the genesis, on the receiver."
        expectToBeTrue: worker spawnRan.
        expect: worker entrypointResult ToBe: nil.
        expect: a _ActorYieldReason ToBe: std actor yieldReason none.
        expect: a _ActorResume ToBe: nil.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

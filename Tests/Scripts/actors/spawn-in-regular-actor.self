"_ActorSpawn: in a regular actor answers a proxy there, and the spawner stops
 with reason actorSpawned (5); the genesis's _ActorResume answers the new
 actor's actor object. Resumed, the spawner continues after its _ActorSpawn:
 with the proxy (actors.md 4.2 step 9, 4.3 step 5)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.
        test* = std testing test.

        other = (|
            parent* = std traits actor.
            main = ('main').
        |).

        main = ( | proxy |
            proxy: other spawn.
            expectToBeFalse: nil == proxy.
            "A proxy answers self with itself (actors.md 5)."
            expectToBeTrue: (proxy self _Eq: proxy) ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason actorSpawned.
        expectToBeFalse: nil == b.
        expectToBeFalse: (a _Eq: b).
        expect: b _ActorYieldReason ToBe: std actor yieldReason none.
        expect: a _ActorResume ToBe: nil.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        expect: b _ActorResume ToBe: nil.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

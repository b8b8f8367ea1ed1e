"A runtime error inside a spawn method sent by a regular actor: _ActorSpawn:
 answers nil there, the spawner does not stop, and it continues (actors.md
 4.2 step 3: ZigSelf aborts; the new VM SHOULD apply the genesis rule). The
 VM's report on standard error is expected output of this test."
(|
    parent* = std testing test.

    spawner = (|
        parent* = std traits actor.
        test* = std testing test.

        broken = (|
            spawn = ( _Error: 'Some random error' ).
        |).

        main = (
            expect: (broken _ActorSpawn: 'spawn') ToBe: nil.
            yield ).
    |).

    run = ( | a |
        a: spawner spawn.
        "Not stopped by the failed spawn: it stops at its own yield."
        expect: a _ActorResume ToBe: nil.
        expect: a _ActorYieldReason ToBe: std actor yieldReason yielded.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

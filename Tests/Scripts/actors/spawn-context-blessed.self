"The context returned by the spawn method is blessed into the new actor:
 later changes by the spawner to the objects it shares are not seen by the
 actor (actors.md 4.2 step 7, 6.1)."
(|
    parent* = std testing test.

    worker = (|
        parent* = std traits actor.
        test* = std testing test.
        items <- nil.

        main = (
            expect: items size ToBe: 1.
            expect: (items at: 0) ToBe: 'before' ).
    |).

    run = ( | a |
        worker items: (std vector copy add: 'before').
        a: worker spawn.
        "spawnEntrypoint's copy shares items with worker, but the actor got a
         blessed copy of it."
        worker items add: 'after'.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        expect: worker items size ToBe: 2 ).
|) _Genesis: 'run'.

"std scheduler startWith: runs the actor to its end and answers nil (the
 genesis result), back in the global actor (world-api.md 21)."
(|
    parent* = std testing test.

    worker = (|
        parent* = std traits actor.
        main = ( yield. 'the result is discarded' ).
    |).

    run = (
        expect: (std scheduler startWith: worker) ToBe: nil.
        "Again: the scheduler can be started any number of times."
        expect: (std scheduler startWith: worker) ToBe: nil.
        expect: (std scheduler startBySending: 'spawnEntrypoint' To: worker) ToBe: nil ).
|) run.

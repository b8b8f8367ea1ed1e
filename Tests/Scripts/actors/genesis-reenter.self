"Actor mode may be entered again after the genesis has finished: each
 _Genesis: creates a new genesis actor (actors.md 4.1)."
(|
    parent* = std testing test.

    counter = (|
        parent* = std traits clonable.
        n <- 0.

        main = (
            n: n + 1.
            n ).
    |).

    worker = (|
        parent* = std traits actor.
        main = (1 + 1).
    |).

    spawner = (|
        parent* = std traits singleton.
        worker = (|
            parent* = std traits actor.
            main = (1 + 1).
        |).

        main = ( | a |
            a: worker spawn.
            a _ActorResume.
            a _ActorYieldReason ).
    |).

    run = (
        "The receiver is blessed each time, so the counter starts at 0 again."
        expect: (counter _Genesis: 'main') ToBe: 1.
        expect: (counter _Genesis: 'main') ToBe: 1.
        expect: counter n ToBe: 0.
        expect: (spawner _Genesis: 'main') ToBe: std actor yieldReason dead.
        expect: (spawner _Genesis: 'main') ToBe: std actor yieldReason dead ).
|) run.

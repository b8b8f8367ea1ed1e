"An entry method whose locals have initializers that are not constants is made at
 run time, so it belongs to the actor that evaluated its object literal: the
 genesis and a spawned actor each run their own blessed copy of it, never the
 other actor's (actors.md 6.4; scripts/test runs this with --verify-isolation,
 which catches a foreign method object in an actor's registers)."
(|
    parent* = std testing test.

    worker = (|
        parent* = std traits actor.
        main = ( | s <- 'abc' | s size ).
    |).

    main = ( | w. s <- 'xyz' |
        w: worker spawn.
        w _ActorResume.
        expect: w _ActorYieldReason ToBe: std actor yieldReason dead.
        s size ).

    run = ( expect: (_Genesis: 'main') ToBe: 3 ).
|) run.

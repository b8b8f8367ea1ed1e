"Remote data slots can be neither read nor written: the read form and the
 assignment form of an assignable slot of the target are 'Unknown selector'
 in the sender (actors.md 5 step 2)."
(|
    parent* = std testing test.

    reader = (|
        parent* = std traits actor.
        target = (|
            parent* = std traits actor.
            data <- 1.
        |).
        main = ( target spawn data ).
    |).

    writer = (|
        parent* = std traits actor.
        target = (|
            parent* = std traits actor.
            data <- 1.
        |).
        main = ( target spawn data: 2 ).
    |).

    run = (
        (reader & writer) asVector each: [| :prototype. a |
            a: prototype spawn.
            a _ActorResume.
            a _ActorResume.
            expect: a _ActorYieldReason ToBe: std actor yieldReason runtimeError ] ).
|) _Genesis: 'run'.

"Like yield, sleep: cannot be used while handling a message: the actor dies
 with 'Actor message caused actor switch' (actors.md 4.3 step 3)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.
        target = (|
            parent* = std traits actor.
            nap = ( sleep: 5 ).
            main = ( nil ).
        |).
        main = ( target spawn nap ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason runtimeError ).
|) _Genesis: 'run'.

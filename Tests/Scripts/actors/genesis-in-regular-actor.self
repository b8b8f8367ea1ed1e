"_Genesis: in a regular actor is a runtime error (actors.md 4.1 step 1, 7.4),
 which kills only that actor: the genesis sees reason runtimeError (1)."
(|
    parent* = std testing test.

    victim = (|
        parent* = std traits actor.
        inner = (| main = (1) |).
        main = (inner _Genesis: 'main').
    |).

    run = ( | a |
        a: victim spawn.
        expect: a _ActorResume ToBe: nil.
        expect: a _ActorYieldReason ToBe: std actor yieldReason runtimeError ).
|) _Genesis: 'run'.

"A message handler that tries to stop the actor (here by yielding) raises
 'Actor message caused actor switch' in the actor, which dies: the genesis
 sees reason runtimeError (actors.md 4.3 step 3)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.

        target = (|
            parent* = std traits actor.
            poke = ( yield ).
            main = ( 'never started' ).
        |).

        main = ( target spawn poke ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        expect: b _ActorResume ToBe: nil.
        expect: b _ActorYieldReason ToBe: std actor yieldReason runtimeError ).
|) _Genesis: 'run'.

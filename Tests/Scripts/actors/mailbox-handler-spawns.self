"A message handler that spawns would stop the actor: 'Actor message caused
 actor switch', and the actor dies (actors.md 4.3 step 3)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.

        target = (|
            parent* = std traits actor.
            child = (|
                parent* = std traits actor.
                main = (1).
            |).
            poke = ( child spawn ).
            main = ( 'never started' ).
        |).

        main = ( target spawn poke ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason runtimeError ).
|) _Genesis: 'run'.

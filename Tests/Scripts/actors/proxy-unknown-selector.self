"A message the target's context does not understand is 'Unknown selector' in
 the sender, which dies (reason 1) (actors.md 5 step 2)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.
        target = (|
            parent* = std traits actor.
            main = ( nil ).
        |).
        main = ( target spawn noSuchMessage ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason runtimeError.
        "The target is not affected."
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

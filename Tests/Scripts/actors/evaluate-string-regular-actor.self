"_EvaluateStringIfFail: in a regular actor is a runtime error, which kills it
 (actors.md 7.4)."
(|
    parent* = std testing test.

    worker = (|
        parent* = std traits actor.
        main = ( '3 + 4' _EvaluateStringIfFail: [| :e | e ] ).
    |).

    run = ( | a |
        a: worker spawn.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason runtimeError ).
|) _Genesis: 'run'.

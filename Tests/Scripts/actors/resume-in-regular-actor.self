"_ActorResume, _ActorYieldReason and _ActorBlockedFD are for the genesis
 only: in a regular actor each is a runtime error that kills it
 (actors.md 7.4)."
(|
    parent* = std testing test.

    resumer = (|
        parent* = std traits actor.
        main = ( () _ActorResume ).
    |).

    reasonReader = (|
        parent* = std traits actor.
        main = ( () _ActorYieldReason ).
    |).

    fdReader = (|
        parent* = std traits actor.
        main = ( () _ActorBlockedFD ).
    |).

    run = (
        (resumer & reasonReader & fdReader) asVector each: [| :prototype. a |
            a: prototype spawn.
            a _ActorResume.
            expect: a _ActorYieldReason ToBe: std actor yieldReason runtimeError ] ).
|) _Genesis: 'run'.

"std actor and std traits actor (world-api.md 20): the traits inherit
 clonable, entrypoint is 'main', and the default main raises 'The actor is
 missing an entrypoint!', so std actor itself spawns an actor that dies with
 reason runtimeError. Overriding entrypoint chooses another entry method. The
 VM's report on standard error is expected output."
(|
    parent* = std testing test.

    custom = (|
        parent* = std traits actor.
        entrypoint = 'start'.
        start = ( 'started' ).
    |).

    run = ( | a |
        expect: std traits actor parent ToBeIdenticalTo: std traits clonable.
        expect: std actor parent ToBeIdenticalTo: std traits actor.
        expect: std actor entrypoint ToBe: 'main'.
        a: std actor spawn.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason runtimeError.
        a: custom spawn.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

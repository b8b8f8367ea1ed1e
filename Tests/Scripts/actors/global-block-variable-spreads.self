"Outside actor mode a block the world holds may change its captured variables,
 and what it stores becomes globally reachable like anything stored into a
 global object (actors.md 6.2): an actor then cannot change that object."
_AddSlots: (|
    actorsGlobalHolderBlock = (| parent* = std traits singleton. make = ( | held |
        [| :x | nil == x ifFalse: [ held: x ]. held ] ) |) make.
|).

(|
    parent* = std testing test.

    changer = (|
        parent* = std traits actor.
        main = ( (actorsGlobalHolderBlock value: nil) n: 2 ).
    |).

    schedule = ( | a |
        a: changer spawn.
        a _ActorResume.
        a _ActorYieldReason ).

    run = ( | fresh |
        fresh: (| parent* = std traits clonable. n <- 1 |).
        expect: (actorsGlobalHolderBlock value: fresh) ToBeIdenticalTo: fresh.
        expect: (_Genesis: 'schedule') ToBe: std actor yieldReason runtimeError.
        expect: fresh n ToBe: 1 ).
|) run.

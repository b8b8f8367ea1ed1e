"Regular actors cannot change globally reachable objects either: assigning a
 slot, _AddSlots: and _ArrayAt:Put: on one are runtime errors that kill the
 actor (actors.md 6.3)."
_AddSlots: (|
    actorsRegularGlobalObject = (| flag <- 0 |).
    actorsRegularGlobalArray = std array copySize: 2.
|).

(|
    parent* = std testing test.

    assigner = (|
        parent* = std traits actor.
        main = ( actorsRegularGlobalObject flag: 1 ).
    |).

    slotAdder = (|
        parent* = std traits actor.
        main = ( actorsRegularGlobalObject _AddSlots: (| other = 1 |) ).
    |).

    arrayWriter = (|
        parent* = std traits actor.
        main = ( actorsRegularGlobalArray at: 0 Put: 1 ).
    |).

    run = (
        (assigner & slotAdder & arrayWriter) asVector each: [| :prototype. a |
            a: prototype spawn.
            a _ActorResume.
            expect: a _ActorYieldReason ToBe: std actor yieldReason runtimeError ].
        expect: actorsRegularGlobalObject flag ToBe: 0.
        expect: (actorsRegularGlobalArray at: 0) ToBe: nil ).
|) _Genesis: 'run'.

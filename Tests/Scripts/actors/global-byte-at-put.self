"Quirk: _ByteAt:Put: on a globally reachable byte array is not checked, in
 the genesis or in a regular actor (actors.md 6.3)."
_AddSlots: (| actorsGlobalBytes = '' copySize: 3 |).

(|
    parent* = std testing test.

    writer = (|
        parent* = std traits actor.
        main = ( actorsGlobalBytes at: 1 Put: 98 ).
    |).

    run = ( | a |
        actorsGlobalBytes at: 0 Put: 97.
        a: writer spawn.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        actorsGlobalBytes at: 2 Put: 99.
        expect: actorsGlobalBytes ToBe: 'abc' ).
|) _Genesis: 'run'.

(|
    parent* = std testing test.
    run = ( expect: actorsGlobalBytes ToBe: 'abc' ).
|) run.

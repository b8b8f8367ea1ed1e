"The entry selector is looked up on the original receiver, not on the context
 the spawn method returns; the method found then runs with the new context
 as self (actors.md 4.2 step 5)."
(|
    parent* = std testing test.

    receiverObject = (|
        parent* = std testing test.
        tag = 'receiver'.

        spawn = (
            _ActorSetEntrypoint: 'check'.
            (| parent* = std testing test. tag = 'context' |) ).

        check = ( expect: tag ToBe: 'context' ).
    |).

    run = ( | a |
        a: (receiverObject _ActorSpawn: 'spawn').
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

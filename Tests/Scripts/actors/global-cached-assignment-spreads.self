"Assigning a slot of a globally reachable object before _Genesis: spreads the
 flag to what is stored, also when the assignment runs from the send's inline
 cache (the second and later times at one site): every object stored makes an
 actor's write to it a runtime error (actors.md 6.2-6.3). The string is marked
 too (byte arrays are not write-checked, a quirk, but isolation verification
 checks the flag)."
_AddSlots: (|
    actorsCachedHolder = (| box <- nil. list <- nil. text <- nil |).
    actorsCachedStore = ( | i <- 0 |
        [ i < 3 ] whileTrue: [
            actorsCachedHolder box: (| flag <- 0 |).
            actorsCachedHolder list: (std array copySize: 1).
            actorsCachedHolder text: 'abc' copy.
            i: i + 1 ].
        self ).
|).
actorsCachedStore.

(|
    parent* = std testing test.

    boxWriter = (|
        parent* = std traits actor.
        main = ( actorsCachedHolder box flag: 1 ).
    |).

    listWriter = (|
        parent* = std traits actor.
        main = ( actorsCachedHolder list at: 0 Put: 1 ).
    |).

    run = (
        (boxWriter & listWriter) asVector each: [| :prototype. a |
            a: prototype spawn.
            a _ActorResume.
            expect: a _ActorYieldReason ToBe: std actor yieldReason runtimeError ].
        expect: actorsCachedHolder box flag ToBe: 0.
        expect: (actorsCachedHolder list at: 0) ToBe: nil.
        expect: actorsCachedHolder text ToBe: 'abc' ).
|) _Genesis: 'run'.

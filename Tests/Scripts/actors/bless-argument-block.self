"A block cannot be blessed into another actor: sending one through a proxy is
 a runtime error in the sender, which dies (actors.md 5: ZigSelf allows it
 with undefined results; the new VM SHOULD raise an error)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.

        target = (|
            parent* = std traits actor.
            run: blk = ( blk value ).
            main = ( nil ).
        |).

        main = ( target spawn run: [ 42 ] ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason runtimeError ).
|) _Genesis: 'run'.

"The method of a proxy message is fixed when it is sent: a change to the
 target's context made before the queued message is handled does not change
 it (actors.md 5 step 3)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.

        target = (|
            parent* = std traits actor.
            test* = std testing test.
            log <- ''.
            replace = ( _AddSlots: (| second = ( log: log, 'new' ) |) ).
            second = ( log: log, 'old' ).
            main = (
                expect: log ToBe: 'old'.
                second.
                expect: log ToBe: 'oldnew' ).
        |).

        main = ( | t |
            t: target spawn.
            t replace.
            t second ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

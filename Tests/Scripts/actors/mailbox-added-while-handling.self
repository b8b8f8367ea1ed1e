"Messages added to an actor's mailbox while it is handling its mailbox are
 handled in the same pass, before the actor continues (actors.md 4.3 step 3).
 The target gets a proxy for itself (a proxy passed as an argument) and sends
 itself messages from a handler."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.

        target = (|
            parent* = std traits actor.
            test* = std testing test.
            log <- ''.
            note: s = ( log: log, s ).
            start: me = (
                note: 'a'.
                me note: 'c'.
                me again: me ).
            again: me = (
                note: 'd'.
                me note: 'e' ).
            main = ( expect: log ToBe: 'abcde' ).
        |).

        main = ( | t |
            t: target spawn.
            t start: t.
            t note: 'b' ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

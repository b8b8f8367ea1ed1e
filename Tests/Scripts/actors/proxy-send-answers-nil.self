"A message sent through a proxy answers nil at once, and the sender keeps
 running: the message is only queued (actors.md 5 step 2)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.
        test* = std testing test.

        target = (|
            parent* = std traits actor.
            compute: n = ( n * 2 ).
            value = ( 'a method' ).
            main = ( nil ).
        |).

        main = ( | t |
            t: target spawn.
            expect: (t compute: 3) ToBe: nil.
            expect: t value ToBe: nil ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        expect: a _ActorResume ToBe: nil.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

"The example of docs/actors.md 1, kept in step with it: a pinger spawns a
 ponger, sends it three pings, and waits until the three replies (sent through
 'sender') have arrived. The scheduler answers nil when both actors are done."
(|
    parent* = std testing test.

    pinger = (|
        parent* = std traits actor.

        ponger = (|
            parent* = std traits actor.
            ping: n = ( sender pong: n * 10 ).
            main = ( yield ).
        |).

        total <- 0.
        pong: n = ( total: total + n ).

        main = ( | p |
            p: ponger spawn.
            1 through: 3 Do: [| :i | p ping: i ].
            [ total < 60 ] whileTrue: [ yield ].
            ('total: ', total asString) printLine ).
    |).

    run = ( expect: (std scheduler startWith: pinger) ToBe: nil ).
|) run.

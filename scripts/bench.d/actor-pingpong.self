"actor-pingpong.self: two actors exchange a message 1,000,000 round trips (ping: n,
 answered through sender with pong: n). Prints the number of round trips: 1000000.
 The same program as actor_pingpong.erl; scripts/bench section actor-pingpong.

 Both actors wait for their next message with waitForMessage (std traits
 actor), which leaves them aside until a message comes: one round trip costs
 two resumes, two messages and two sender proxies."

_AddSlots: (|
    pinger = (|
        parent* = std traits actor.
        rounds = 1000000.
        done <- false.

        ponger = (|
            parent* = std traits actor.
            done <- false.
            main = ( [ done ] whileFalse: [ waitForMessage ] ).
            ping: n = ( sender pong: n ).
            stop = ( done: true ).
        |).

        main = ( | other |
            other: ponger spawn.
            other ping: 1.
            [ done ] whileFalse: [ waitForMessage ].
            other stop.
            rounds asString printLine ).

        pong: n = (
            n = rounds
                ifTrue: [ done: true ]
                False: [ sender ping: n + 1 ] ).
    |).
|).

std scheduler startWith: pinger.

"actor-payload.self: a vector of 100 strings ('item 1' .. 'item 100') is sent
 back and forth 100,000 round trips; each side sends on the copy it received
 (every proxy send copies the vector and its strings into the receiving actor).
 Prints the round trips, the vector's size and the total size of its strings:
 '100000 100 692'. The same program as actor_payload.erl; scripts/bench section
 actor-payload."

_AddSlots: (|
    pinger = (|
        parent* = std traits actor.
        rounds = 100000.
        count <- 0.
        last.
        done <- false.

        echo = (|
            parent* = std traits actor.
            done <- false.
            main = ( [ done ] whileFalse: [ waitForMessage ] ).
            ping: payload = ( sender pong: payload ).
            stop = ( done: true ).
        |).

        main = ( | other. payload. bytes <- 0 |
            payload: std vector copyRemoveAll.
            1 through: 100 Do: [| :i | payload add: 'item ', i asString ].
            other: echo spawn.
            other ping: payload.
            [ done ] whileFalse: [ waitForMessage ].
            other stop.
            last each: [| :s | bytes: bytes + s size ].
            (count asString, ' ', last size asString, ' ', bytes asString) printLine ).

        pong: payload = (
            count: count + 1.
            count = rounds
                ifTrue: [ last: payload. done: true ]
                False: [ sender ping: payload ] ).
    |).
|).

std scheduler startWith: pinger.

_AddSlots: (|
    schedulerMessagesLog = (|
        parent* = std traits singleton.
        bytes = '' copySize: 64.
        "Appends s (the _ByteAt:Put: quirk lets every actor write here)."
        note: s = ( | position |
            s each: [| :byte |
                position: (bytes at: 0).
                bytes at: position Put: byte.
                bytes at: 0 Put: position + 1 ].
            nil ).
        contents = ( bytes copyFrom: 1 Until: (bytes at: 0) ).
        reset = ( bytes at: 0 Put: 1 ).
    |).
|).
schedulerMessagesLog reset.

"Actors talk through proxies under the scheduler: a counter and a client
 play ping-pong with sender until both have counted to 10 (ZigSelf's
 scheduler test, written anew), and the order of the notes shows that each
 message is handled when its target next runs."
(|
    parent* = std testing test.

    client = (|
        parent* = std traits actor.
        count <- 0.

        server = (|
            parent* = std traits actor.
            count <- 0.
            ping = (
                count: count + 1.
                schedulerMessagesLog note: 's'.
                sender pong ).
            main = ( [ count < 3 ] whileTrue: [ yield ] ).
        |).

        pong = (
            count: count + 1.
            schedulerMessagesLog note: 'c'.
            count < 3 ifTrue: [ sender ping ] ).

        main = (
            server spawn ping.
            [ count < 3 ] whileTrue: [ yield ] ).
    |).

    run = (
        std scheduler startWith: client.
        expect: schedulerMessagesLog contents ToBe: 'scscsc' ).
|) run.

_AddSlots: (|
    schedulerSpawnManyLog = (|
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
schedulerSpawnManyLog reset.

"Spawning many actors works, and each of them runs: 1,000 workers each send
 'done' to a counter actor, which notes 'ok' when it has counted all of
 them. With the deque queues every scheduling step is O(1)."
(|
    parent* = std testing test.

    starter = (|
        parent* = std traits actor.

        counter = (|
            parent* = std traits actor.
            count <- 0.
            done = ( count: count + 1 ).
            main = (
                [ count < 1000 ] whileTrue: [ yield ].
                schedulerSpawnManyLog note: 'ok' ).
        |).

        worker = (|
            parent* = std traits actor.
            counter <- nil.
            main = ( counter done ).
        |).

        main = ( | c |
            c: counter spawn.
            0 to: 1000 Do: [ (worker copy counter: c) spawn ] ).
    |).

    run = (
        std scheduler startWith: starter.
        expect: schedulerSpawnManyLog contents ToBe: 'ok' ).
|) run.

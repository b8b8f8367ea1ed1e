_AddSlots: (|
    schedulerRoundRobinLog = (|
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
schedulerRoundRobinLog reset.

"The scheduler is strictly FIFO round-robin (world-api.md 21): a spawner goes
 back to the ready queue followed by the new actor, a yielding actor goes to
 the end. The first actor spawns a, b and c, each of which notes its letter
 and yields three times. Simulating the loop of world-api.md 21 gives the
 order abacbacbc."
(|
    parent* = std testing test.

    starter = (|
        parent* = std traits actor.

        worker = (|
            parent* = std traits actor.
            letter <- 'a'.
            main = (
                0 to: 3 Do: [
                    schedulerRoundRobinLog note: letter.
                    yield ] ).
        |).

        main = (
            (worker copy letter: 'a') spawn.
            (worker copy letter: 'b') spawn.
            (worker copy letter: 'c') spawn ).
    |).

    run = (
        std scheduler startWith: starter.
        expect: schedulerRoundRobinLog contents ToBe: 'abacbacbc' ).
|) run.

_AddSlots: (|
    schedulerSleepManyLog = (|
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
schedulerSleepManyLog reset.

"Many sleepers wake in deadline order, whatever order they fell asleep in
 (the sleeping set is a binary heap by deadline; equal deadlines keep the
 order they fell asleep in)."
(|
    parent* = std testing test.

    starter = (|
        parent* = std traits actor.

        sleeper = (|
            parent* = std traits actor.
            name <- 'x'.
            milliseconds <- 0.
            main = (
                sleep: milliseconds.
                schedulerSleepManyLog note: name ).
        |).

        main = (
            "Spawned in this order: their deadlines are 250, 100, 200, 0,
             300, 50, 150 ms from now (50 ms apart, so that a slow build,
             such as one under AddressSanitizer, still wakes them in order)."
            (sleeper copy name: 'f'; milliseconds: 250) spawn.
            (sleeper copy name: 'b'; milliseconds: 100) spawn.
            (sleeper copy name: 'd'; milliseconds: 200) spawn.
            (sleeper copy name: 'Z'; milliseconds: 0) spawn.
            (sleeper copy name: 'g'; milliseconds: 300) spawn.
            (sleeper copy name: 'a'; milliseconds: 50) spawn.
            (sleeper copy name: 'c'; milliseconds: 150) spawn ).
    |).

    run = (
        std scheduler startWith: starter.
        expect: schedulerSleepManyLog contents ToBe: 'Zabcdfg' ).
|) run.

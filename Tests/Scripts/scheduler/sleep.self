_AddSlots: (|
    schedulerSleepLog = (|
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
schedulerSleepLog reset.

"Extension (docs/world.md): sleep: suspends only the sending actor. An actor
 sleeping 50 ms finishes after one sleeping 10 ms though it started first,
 and a busy actor that yields runs meanwhile; each sleep lasts at least as
 long as asked, and the whole run at least 50 ms."
(|
    parent* = std testing test.

    starter = (|
        parent* = std traits actor.

        sleeper = (|
            parent* = std traits actor.
            name <- 'x'.
            milliseconds <- 0.
            main = ( | start |
                start: std os monotonicNanoseconds.
                sleep: milliseconds.
                (std os monotonicNanoseconds - start) < (milliseconds * 1000000)
                    ifTrue: [ schedulerSleepLog note: 'woke early' ].
                schedulerSleepLog note: name ).
        |).

        busy = (|
            parent* = std traits actor.
            main = (
                0 to: 3 Do: [
                    schedulerSleepLog note: 'b'.
                    yield ] ).
        |).

        main = (
            (sleeper copy name: 'L'; milliseconds: 50) spawn.
            (sleeper copy name: 'S'; milliseconds: 10) spawn.
            busy spawn ).
    |).

    run = ( | start. elapsed |
        start: std os monotonicNanoseconds.
        expect: (std scheduler startWith: starter) ToBe: nil.
        elapsed: std os monotonicNanoseconds - start.
        expect: schedulerSleepLog contents ToBe: 'bbbSL'.
        expectToBeTrue: elapsed >= (50 * 1000000) ).
|) run.

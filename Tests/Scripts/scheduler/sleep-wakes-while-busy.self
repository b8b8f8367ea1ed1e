_AddSlots: (|
    schedulerSleepBusyLog = (|
        parent* = std traits singleton.
        bytes = '' copySize: 200.
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
schedulerSleepBusyLog reset.

"A due sleeper joins the ready queue even while other actors keep yielding:
 the scheduler checks the sleeping set before each pick, so a busy actor
 cannot delay a sleeper for ever (scheduler.self). The busy actor yields
 until the sleeper has woken (which it learns from the log)."
(|
    parent* = std testing test.

    starter = (|
        parent* = std traits actor.

        sleeper = (|
            parent* = std traits actor.
            main = (
                sleep: 20.
                schedulerSleepBusyLog note: 'W' ).
        |).

        busy = (|
            parent* = std traits actor.
            main = (
                [ (schedulerSleepBusyLog contents = 'W') not ] whileTrue: [ yield ].
                schedulerSleepBusyLog note: 'B' ).
        |).

        main = (
            sleeper spawn.
            busy spawn ).
    |).

    run = (
        std scheduler startWith: starter.
        expect: schedulerSleepBusyLog contents ToBe: 'WB' ).
|) run.

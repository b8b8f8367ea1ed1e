"With 'stepping' true and no REPL to hold a prompt, the world's scheduler
 asks _SchedulerWillResume: before every resume (steppedBefore:), gets the
 actor it chose back, and schedules exactly as without stepping: the same
 round-robin order as round-robin.self."
_AddSlots: (|
    schedulerSteppingLog = (|
        parent* = std traits singleton.
        bytes = '' copySize: 64.
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
schedulerSteppingLog reset.

(|
    parent* = std testing test.

    starter = (|
        parent* = std traits actor.
        worker = (|
            parent* = std traits actor.
            letter <- 'a'.
            main = (
                0 to: 3 Do: [
                    schedulerSteppingLog note: letter.
                    yield ] ).
        |).
        main = (
            (worker copy letter: 'a') spawn.
            (worker copy letter: 'b') spawn.
            (worker copy letter: 'c') spawn ).
    |).

    run = (
        expect: ((std scheduler copy stepping: true) startWith: starter) ToBe: nil.
        expect: schedulerSteppingLog contents ToBe: 'abacbacbc' ).
|) run.

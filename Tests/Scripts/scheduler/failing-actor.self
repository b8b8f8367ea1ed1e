_AddSlots: (|
    schedulerFailingLog = (|
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
schedulerFailingLog reset.

"A failing actor never stops the scheduler: it is dropped, and the others go
 on (world-api.md 21, actors.md 7.1). The VM's report on standard error is
 expected output."
(|
    parent* = std testing test.

    starter = (|
        parent* = std traits actor.

        failing = (|
            parent* = std traits actor.
            main = (
                yield.
                _Error: 'this actor fails' ).
        |).

        healthy = (|
            parent* = std traits actor.
            main = (
                0 to: 3 Do: [
                    yield.
                    schedulerFailingLog note: 'h' ] ).
        |).

        main = (
            failing spawn.
            healthy spawn ).
    |).

    run = (
        expect: (std scheduler startWith: starter) ToBe: nil.
        expect: schedulerFailingLog contents ToBe: 'hhh' ).
|) run.

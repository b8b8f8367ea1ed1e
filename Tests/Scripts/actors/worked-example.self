"The worked example of actors.md 8, with each printLine writing its line into
 a global byte array instead (the _ByteAt:Put: quirk of 6.3 lets every actor
 write it), so that the test can compare the whole output at the end:
 '5', '4', 'total: 6', '4', '42'. Byte 0 of the buffer is the next free
 position."
_AddSlots: (|
    actorsWorkedExampleOutput = '' copySize: 64.
    actorsWorkedExampleEmit = (|
        parent* = std traits singleton.
        line: s = ( | buffer. position |
            buffer: actorsWorkedExampleOutput.
            s, '\n' each: [| :byte |
                position: (buffer at: 0).
                buffer at: position Put: byte.
                buffer at: 0 Put: position + 1 ].
            nil ).
        output = (
            actorsWorkedExampleOutput copyFrom: 1 Until: (actorsWorkedExampleOutput at: 0) ).
    |).
|).
actorsWorkedExampleOutput at: 0 Put: 1.

(|
    parent* = std testing test.

    example = (|
        parent* = std traits singleton.

        producer = (|
            parent* = std traits actor.

            collector = (|
                parent* = std traits actor.
                total <- 0.
                add: n = ( total: total + n ).
                main = (
                    [ total < 6 ] whileTrue: [ yield ].
                    actorsWorkedExampleEmit line: 'total: ', total asString ).
            |).

            main = ( | sink |
                sink: collector spawn.
                1 to: 4 Do: [| :i | sink add: i ] ).
        |).

        schedule = ( | p. c |
            p: producer spawn.
            c: p _ActorResume.
            actorsWorkedExampleEmit line: p _ActorYieldReason asString.
            p _ActorResume.
            actorsWorkedExampleEmit line: p _ActorYieldReason asString.
            c _ActorResume.
            actorsWorkedExampleEmit line: c _ActorYieldReason asString.
            42 ).
    |).

    run = ( | result |
        result: (example _Genesis: 'schedule').
        actorsWorkedExampleEmit line: result asString.
        expect: actorsWorkedExampleEmit output ToBe: '5\n4\ntotal: 6\n4\n42\n' ).
|) run.

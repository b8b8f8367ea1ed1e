"A yielded actor handles the messages that arrived meanwhile, in FIFO order,
 before it continues after its yield (actors.md 4.3 steps 3 and 4, 4.5)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.

        target = (|
            parent* = std traits actor.
            test* = std testing test.
            log <- ''.
            note: s = ( log: log, s ).
            main = (
                note: '0'.
                yield.
                expect: log ToBe: '012'.
                note: '3'.
                yield.
                expect: log ToBe: '012345' ).
        |).

        main = ( | t |
            t: target spawn.
            yield.
            t note: '1'.
            t note: '2'.
            yield.
            t note: '4'.
            t note: '5' ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        "b writes 0 and yields."
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason yielded.
        "a resumes after the spawn and yields."
        a _ActorResume.
        "a sends 1 and 2, and yields."
        a _ActorResume.
        "b handles 1, 2, checks, writes 3, yields."
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason yielded.
        "a sends 4 and 5, and ends."
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

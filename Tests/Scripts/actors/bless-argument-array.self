"An array argument arrives with its elements correctly copied (actors.md 6.1,
 table: ZigSelf's defect replaces every element with the array itself; the
 new VM MUST copy the elements)."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.
        test* = std testing test.

        target = (|
            parent* = std traits actor.
            test* = std testing test.
            done <- false.
            take: a = (
                expect: a size ToBe: 4.
                expect: (a at: 0) ToBe: 1.
                expect: (a at: 1) ToBe: 'two'.
                expect: (a at: 2) ToBe: nil.
                expect: ((a at: 3) at: 0) ToBe: 'nested'.
                expectToBeFalse: ((a at: 0) _Eq: a).
                done: true ).
            main = ( expectToBeTrue: done ).
        |).

        main = ( | t. v. a. o. shared |
            t: target spawn.
            a: (std array copySize: 4).
            a at: 0 Put: 1.
            a at: 1 Put: 'two'.
            a at: 3 Put: (std vector copy add: 'nested').
            t take: a  ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

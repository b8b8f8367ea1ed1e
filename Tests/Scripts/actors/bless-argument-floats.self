"Floats in a message arrive with their values, whatever their representation
 (docs/numbers.md): a computed float (an immediate), a literal (a float
 object, copied), NaN, an infinity and a zero (float objects), also inside a
 vector, and the target computes with them."
(|
    parent* = std testing test.

    first = (|
        parent* = std traits actor.
        test* = std testing test.

        target = (|
            parent* = std traits actor.
            test* = std testing test.
            done <- false.
            take: x Literal: y Odd: v = (
                expect: x ToBe: 3.75.
                expect: (x * 2) ToBe: 7.5.
                expect: y ToBe: 0.5.
                expect: (y + x) ToBe: 4.25.
                expectToBeFalse: ((v at: 0) = (v at: 0)).
                expect: (v at: 1) asString ToBe: 'inf'.
                expect: (v at: 2) asString ToBe: '-0.0'.
                expect: ((v at: 3) + 1) ToBe: 2.25.
                done: true ).
            main = ( expectToBeTrue: done ).
        |).

        main = ( | t. v |
            t: target spawn.
            v: std vector copy.
            v add: (0.0 / 0.0); add: (1.0 / 0.0); add: 0.0 negated; add: (0.5 + 0.75).
            t take: (1.5 + 2.25) Literal: 0.5 Odd: v ).
    |).

    run = ( | a. b |
        a: first spawn.
        b: a _ActorResume.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.
        b _ActorResume.
        expect: b _ActorYieldReason ToBe: std actor yieldReason dead ).
|) _Genesis: 'run'.

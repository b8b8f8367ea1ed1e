"Float arithmetic (docs/numbers.md): + - * / % on floats, and mixed with
 integers in either order, the integer converted to a float. % is floored
 like the integers' (the result takes the divisor's sign). Division by zero
 follows IEEE-754: an infinity or NaN, not an error."
(|
    parent* = std testing test.

    close: a To: b = ( ((a - b) abs) < 0.000000001 ).
    harmonic: n = ( | sum | sum: 0.0. 1 through: n Do: [| :i | sum: sum + (1.0 / i) ]. sum ).

    run = (
        expect: (1.5 + 2.25) ToBe: 3.75.
        expect: (1.5 - 2.25) ToBe: 0.75 negated.
        expect: (1.5 * 2.25) ToBe: 3.375.
        expect: (1.5 / 0.5) ToBe: 3.0.
        expect: (0.1 + 0.2) asString ToBe: '0.30000000000000004'.
        "Mixed, both ways: the answer is a float."
        expect: (1.5 + 2) ToBe: 3.5.
        expect: (2 + 1.5) ToBe: 3.5.
        expect: (2 - 0.5) ToBe: 1.5.
        expect: (0.5 - 2) ToBe: 1.5 negated.
        expect: (3 * 0.5) ToBe: 1.5.
        expect: (3 / 2.0) ToBe: 1.5.
        expect: (3.0 / 2) ToBe: 1.5.
        expectToBeTrue: ((2 + 1.5) parent _Eq: std traits float).
        expectToBeTrue: ((2 * 1.0) parent _Eq: std traits float).
        "Integer division stays floored integer division."
        expect: 7 / 2 ToBe: 3.
        "Floored modulo."
        expect: (7.5 % 2) ToBe: 1.5.
        expect: ((0 - 7.5) % 2) ToBe: 0.5.
        expect: (7.5 % 2 negate) ToBe: 0.5 negated.
        expect: (7 % 2.5) ToBe: 2.0.
        expect: ((0 - 7) % 2.5) ToBe: 0.5.
        "IEEE-754 at the edges."
        expect: (1.0 / 0) ToBe: 0.0 infinity.
        expect: (1 / 0.0) ToBe: 0.0 infinity.
        expect: (1.0 negated / 0) ToBe: 0.0 infinity negated.
        expectToBeTrue: (0.0 / 0) isNaN.
        expectToBeTrue: (1.5 % 0) isNaN.
        expectToBeTrue: (0.0 infinity - 0.0 infinity) isNaN.
        expect: (0.0 infinity + 1) ToBe: 0.0 infinity.
        "Negative zero: equal to zero, but its own sign and text."
        expect: 0.0 negated ToBe: 0.0.
        expect: 0.0 negated asString ToBe: '-0.0'.
        expect: (1.0 / 0.0 negated) ToBe: 0.0 infinity negated.
        expect: (0.0 negated * 2) asString ToBe: '-0.0'.
        expect: (0.0 negated + 0.0) asString ToBe: '0.0'.
        "Results through the fast path and through the primitives agree."
        expect: (1.5 _FloatAdd: 2) ToBe: (1.5 + 2).
        expect: (2 _IntAdd: 1.5) ToBe: (2 + 1.5).
        expect: (2 _IntMod: 1.5) ToBe: 0.5.
        expect: (2 _IntDiv: 0.5) ToBe: 4.0.
        "Accumulation in a loop (floats allocated by the fast path)."
        expectToBeTrue: (close: (harmonic: 1000) To: 7.485470860) ).
|) run.

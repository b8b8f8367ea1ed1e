"The float functions (docs/numbers.md): sqrt, exp, ln, log:, raisedTo:, the
 trigonometric functions, abs, negated, min:, max:, sign, the NaN and
 infinity tests, and the constants pi, e, infinity and nan. Integers answer
 the functions too, as floats."
(|
    parent* = std testing test.

    close: a To: b = ( ((a - b) abs) <= ((10.0 raisedTo: 12 negate) * (b abs max: 1)) ).

    run = (
        expect: 2.0 sqrt asString ToBe: '1.4142135623730951'.
        expect: 16 sqrt ToBe: 4.0.
        expectToBeTrue: 2 negate sqrt isNaN.
        expect: 0.0 exp ToBe: 1.0.
        expect: 1.0 exp ToBe: 0.0 e.
        expect: 0.0 e asString ToBe: '2.718281828459045'.
        expect: 0.0 e ln ToBe: 1.0.
        expect: 1 ln ToBe: 0.0.
        expect: 0.0 ln ToBe: 0.0 infinity negated.
        expectToBeTrue: (close: (100.0 log: 10) To: 2.0).
        expectToBeTrue: (close: (8 log: 2) To: 3.0).
        expect: (2.0 raisedTo: 10) ToBe: 1024.0.
        expect: (2.0 raisedTo: 0.5) ToBe: 2.0 sqrt.
        expect: (2.0 ** 3) ToBe: 8.0.
        expect: (4.0 raisedTo: 0.5 negated) ToBe: 0.5.
        expect: 1.5 squared ToBe: 2.25.
        expect: 0.0 pi asString ToBe: '3.141592653589793'.
        expect: 0.0 sin ToBe: 0.0.
        expect: 0.0 cos ToBe: 1.0.
        expectToBeTrue: (close: (0.0 pi / 2) sin To: 1.0).
        expectToBeTrue: (close: 0.0 pi cos To: 1.0 negated).
        expectToBeTrue: (close: (0.0 pi / 4) tan To: 1.0).
        expect: (1.0 arcTan * 4) ToBe: 0.0 pi.
        expectToBeTrue: (close: 1.0 arcSin To: 0.0 pi / 2).
        expectToBeTrue: (close: 1.0 arcCos To: 0.0).
        expect: 0 sin ToBe: 0.0.
        expect: 0 cos ToBe: 1.0.
        expect: 1 arcTan ToBe: 1.0 arcTan.
        expect: 1.5 negated abs ToBe: 1.5.
        expect: 0.0 negated abs asString ToBe: '0.0'.
        expect: 1.5 negated ToBe: (0 - 1.5).
        expect: 1.5 negate ToBe: (0 - 1.5).
        expect: (1.5 min: 2.5) ToBe: 1.5.
        expect: (1.5 max: 2.5) ToBe: 2.5.
        expect: (1.5 max: 2) ToBe: 2.0.
        expect: (3 max: 2.5) ToBe: 3.
        expect: (2 min: 2.5) ToBe: 2.
        expectToBeTrue: (0.0 nan max: 1.0) isNaN.
        expectToBeTrue: (1.0 min: 0.0 nan) isNaN.
        expect: 1.5 sign ToBe: 1.
        expect: 1.5 negated sign ToBe: 1 negate.
        expect: 0.0 sign ToBe: 0.
        expectToBeTrue: 0.0 nan isNaN.
        expectToBeFalse: 1.5 isNaN.
        expectToBeFalse: 1 isNaN.
        expectToBeTrue: 0.0 infinity isInfinite.
        expectToBeTrue: 0.0 infinity negated isInfinite.
        expectToBeFalse: 0.0 nan isInfinite.
        expectToBeFalse: 1.5 isInfinite.
        expectToBeTrue: 1.5 isFinite.
        expectToBeFalse: 0.0 infinity isFinite.
        expectToBeFalse: 0.0 nan isFinite.
        expectToBeTrue: 3 isFinite ).
|) run.

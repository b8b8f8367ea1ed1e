"Shifts accept amounts 0 to 63. _IntShl: discards the bits shifted out and
 wraps within 63 bits; _IntShr: is arithmetic. A shift by exactly 63 aborts
 ZigSelf (defect): the new VM SHOULD give 0 for a left shift, and 0 or -1 by
 sign for a right shift (language.md 11.1, primitives.md 3.3)."
(|
    parent* = std testing test.
    max = 4611686018427387903.
    min = (1 << 62).

    run = (
        testLeft.
        testLeftWraps.
        testRight.
        testSixtyThree ).

    testLeft = (
        expect: 1 << 0 ToBe: 1.
        expect: 1 << 1 ToBe: 2.
        expect: 1 << 10 ToBe: 1024.
        expect: (3 _IntShl: 4) ToBe: 48.
        expect: 1 negate << 4 ToBe: 16 negate.
        expect: 1 << 61 ToBe: 2305843009213693952 ).

    testLeftWraps = (
        "1 << 62 is -2^62."
        expect: 1 << 62 ToBe: (0 - max) - 1.
        expect: 1 negate << 62 ToBe: min.
        "3 * 2^61 wraps to -2^61."
        expect: 3 << 61 ToBe: (1 << 61) negate.
        expect: max << 1 ToBe: 2 negate.
        expect: min << 1 ToBe: 0.
        expect: 5 << 62 ToBe: min.
        expect: 6 << 62 ToBe: 0 ).

    testRight = (
        expect: 1024 >> 3 ToBe: 128.
        expect: 7 >> 1 ToBe: 3.
        expect: 8 negate >> 1 ToBe: 4 negate.
        expect: 7 negate >> 1 ToBe: 4 negate.
        expect: 1 negate >> 1 ToBe: 1 negate.
        expect: max >> 61 ToBe: 1.
        expect: max >> 62 ToBe: 0.
        expect: min >> 62 ToBe: 1 negate.
        expect: (min _IntShr: 61) ToBe: 2 negate.
        expect: 5 >> 0 ToBe: 5 ).

    testSixtyThree = (
        expect: 1 << 63 ToBe: 0.
        expect: 1 negate << 63 ToBe: 0.
        expect: max << 63 ToBe: 0.
        expect: 0 << 63 ToBe: 0.
        expect: 5 >> 63 ToBe: 0.
        expect: max >> 63 ToBe: 0.
        expect: 5 negate >> 63 ToBe: 1 negate.
        expect: min >> 63 ToBe: 1 negate.
        expect: 0 >> 63 ToBe: 0 ).
|) run.

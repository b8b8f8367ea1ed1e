"Products near the 63-bit limits: exact results that fit, including -2^62,
 must not be reported as overflow (language.md 11.1)."
(|
    parent* = std testing test.
    max = 4611686018427387903.
    min = (1 << 62).

    run = (
        expect: (1 << 31) negate * (1 << 31) ToBe: min.
        expect: (1 << 31) * (1 << 31) negate ToBe: min.
        expect: (1 << 30) * (1 << 31) ToBe: 1 << 61.
        expect: 2147483647 * 2147483649 ToBe: max.
        expect: max * 1 ToBe: max.
        expect: max * 1 negate ToBe: min + 1.
        expect: min * 1 ToBe: min.
        expect: (min / 2) * 2 ToBe: min.
        expect: 3 negate * 3 negate ToBe: 9.
        expect: (min + max) * (min + max) ToBe: 1.
        expect: max + min ToBe: 1 negate.
        expect: min - min ToBe: 0.
        expect: (max - max) - max ToBe: max negate.
        expect: 1 negate - max ToBe: min ).
|) run.

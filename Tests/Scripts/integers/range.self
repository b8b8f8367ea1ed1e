"Integers are signed 63-bit values from -2^62 to 2^62-1 (language.md 11.1);
 results never wrap on add, subtract or multiply."
(|
    parent* = std testing test.
    max = 4611686018427387903.

    min = ((0 - max) - 1).

    run = (
        expect: max ToBe: ((1 << 61) - 1) + (1 << 61).
        expect: max + 0 ToBe: 4611686018427387903.
        expect: min ToBe: 1 << 62.
        expect: max negate ToBe: min + 1.
        expect: max - max ToBe: 0.
        expect: min + max ToBe: 1 negate.
        expect: (max - 1) + 1 ToBe: max.
        expect: (min + 1) - 1 ToBe: min.
        expect: (1 << 61) * 2 negate ToBe: min.
        expect: min * 1 ToBe: min.
        expect: max * 1 negate ToBe: min + 1.
        expect: 2305843009213693951 ToBe: (1 << 61) - 1.
        expectToBeTrue: max > 0.
        expectToBeTrue: min < 0.
        expectToBeTrue: min < max ).
|) run.

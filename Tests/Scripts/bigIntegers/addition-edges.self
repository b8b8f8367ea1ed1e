"+ and - with a big operand run on the limbs in the heap (addBigIntegers,
 docs/numbers.md): every sign combination, results that shrink back to small
 integers (including -2^62 exactly, and zero), carries across limbs, and a
 small operand on either side. Values from Python."
(|
    parent* = std testing test.

    max = 4611686018427387903.
    min = (1 _IntShl: 62).
    two64 = (2 ** 64).
    two128 = (2 ** 128).

    run = (
        expect: (two64 + two64) asString ToBe: '36893488147419103232'.
        expect: (two64 - two64) ToBe: 0.
        expect: (two64 negate + two64) ToBe: 0.
        expect: (two64 + two64 negate) ToBe: 0.
        expect: (two64 negate - two64) asString ToBe: '-36893488147419103232'.
        expect: (two64 - 1) asString ToBe: '18446744073709551615'.
        expect: (1 - two64) asString ToBe: '-18446744073709551615'.
        expect: (1 + two64) asString ToBe: '18446744073709551617'.
        expect: (two128 - 1) asString ToBe: '340282366920938463463374607431768211455'.
        expect: ((two128 - 1) + 1) ToBe: two128.
        expect: (two128 - two64) asString ToBe: '340282366920938463444927863358058659840'.
        expect: (two64 - two128) asString ToBe: '-340282366920938463444927863358058659840'.
        "Back to small integers at the edges."
        expect: ((max + 1) - 1) ToBe: max.
        expect: ((min - 1) + 1) ToBe: min.
        expectToBeTrue: (((min - 1) + 1) _IntEq: min).
        expectToBeTrue: (((max + 1) - 1) _IntEq: max).
        expectToBeTrue: (((max + 1) - (max + 1)) _IntEq: 0).
        expectToBeTrue: ((two64 - (two64 - 5)) _IntEq: 5).
        expectToBeTrue: (((two64 - 5) - two64) _IntEq: 5 negate) ).
|) run.

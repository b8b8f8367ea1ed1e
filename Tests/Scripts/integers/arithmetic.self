"Integer arithmetic and comparisons through the world's operators and the
 primitives directly (language.md 11.1, primitives.md 3.3)."
(|
    parent* = std testing test.

    run = (
        expect: 3 + 4 ToBe: 7.
        expect: (3 _IntAdd: 4) ToBe: 7.
        expect: 3 - 10 ToBe: 7 negate.
        expect: (3 _IntSub: 10) ToBe: 7 negate.
        expect: 6 * 7 ToBe: 42.
        expect: (6 _IntMul: 7 negate) ToBe: 42 negate.
        expect: 0 * 5 negate ToBe: 0.
        expectToBeTrue: ((3 _IntLT: 4) _Eq: true).
        expectToBeTrue: ((4 _IntLT: 3) _Eq: false).
        expectToBeTrue: ((3 _IntLT: 3) _Eq: false).
        expectToBeTrue: ((4 _IntGT: 3) _Eq: true).
        expectToBeTrue: ((3 _IntGT: 3) _Eq: false).
        expectToBeTrue: ((1 negate _IntLT: 0) _Eq: true).
        expectToBeTrue: ((3 _IntEq: 3) _Eq: true).
        expectToBeTrue: ((3 _IntEq: 4) _Eq: false).
        "_IntEq: with a non-integer argument answers false, not an error."
        expectToBeTrue: ((3 _IntEq: 'x') _Eq: false).
        expectToBeTrue: ((3 _IntEq: nil) _Eq: false).
        "An equal float is equal (docs/numbers.md; ZigSelf answers false)."
        expectToBeTrue: ((3 _IntEq: 3.0) _Eq: true).
        expectToBeTrue: ((3 _IntEq: 3.5) _Eq: false).
        expectToBeTrue: ((0 _IntEq: false) _Eq: false).
        expect: 3 <= 3 ToBe: true.
        expect: 4 >= 5 ToBe: false.
        expect: 4 != 5 ToBe: true ).
|) run.

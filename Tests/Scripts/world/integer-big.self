"The world's integer messages past the 63-bit range (docs/numbers.md): what
 ZigSelf reports as overflow or underflow answers a big integer, which
 understands the same messages. Each line was an expected-error test."
(|
    parent* = std testing test.

    smallest = ((2 ** 61) negate * 2).

    run = (
        expect: smallest abs asString ToBe: '4611686018427387904'.
        expect: ((2 ** 61) + (2 ** 61)) asString ToBe: '4611686018427387904'.
        expect: (2 ** 61) bitLength ToBe: 62.
        expect: (2 ** 62) bitLength ToBe: 63.
        expect: ((2 ** 31) * (2 ** 31)) asString ToBe: '4611686018427387904'.
        expect: smallest negate asString ToBe: '4611686018427387904'.
        expect: (2 ** 62) asString ToBe: '4611686018427387904'.
        expect: smallest asString ToBe: '-4611686018427387904'.
        expect: (smallest asStringBase: 16) ToBe: '-4000000000000000'.
        expect: (smallest - 1) asString ToBe: '-4611686018427387905'.
        expect: '99999999999999999999' asInteger asString ToBe: '99999999999999999999'.
        expect: ('99999999999999999999' asInteger - 99999999999999999) ToBe: '99900000000000000000' asInteger.
        "A big integer's parent is the integers' traits object."
        expectToBeTrue: ((2 ** 62) parent _Eq: std traits integer) ).
|) run.

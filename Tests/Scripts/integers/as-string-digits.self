"Small integers print their digits straight into a byte array
 (IntegerPrimitives.digits): the extremes of the small range, every base from
 2 to 36 read back by asIntegerBase:, negatives, zero, and the digit counts
 at each power of ten."
(|
    parent* = std testing test.

    largest = ( 4611686018427387903 ).
    smallest = ( (0 - 4611686018427387903) - 1 ).

    run = (
        expect: largest asString ToBe: '4611686018427387903'.
        expect: smallest asString ToBe: '-4611686018427387904'.
        expect: (largest asStringBase: 2) size ToBe: 62.
        expect: (smallest asStringBase: 16) ToBe: '-4000000000000000'.
        expect: (largest asStringBase: 36) ToBe: 'z1ci99jj7473'.
        expect: 0 asString ToBe: '0'.
        expect: (0 - 1) asString ToBe: '-1'.
        expect: 9 asString ToBe: '9'.
        expect: 10 asString ToBe: '10'.
        expect: 99 asString ToBe: '99'.
        expect: 100 asString ToBe: '100'.
        expect: 999999999999 asString ToBe: '999999999999'.
        expect: 1000000000000 asString ToBe: '1000000000000'.
        2 through: 36 Do: [| :b |
            expect: ((largest asStringBase: b) asIntegerBase: b) ToBe: largest.
            expect: ((0 - 123456789) asStringBase: b) ToBe: '-', (123456789 asStringBase: b).
            expect: ((b - 1) asStringBase: b) size ToBe: 1.
            expect: (b asStringBase: b) ToBe: '10' ] ).
|) run.

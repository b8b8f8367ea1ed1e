"Bit operations on big integers (docs/numbers.md): and, or and xor on the
 infinite two's complement (as Python's integers), shifts, bitShift:, and
 bitLength. Values from Python."
(|
    parent* = std testing test.

    two100 = (2 ** 100).

    run = (
        expect: (5 negate bitAnd: 3) ToBe: 3.
        expect: (5 negate >> 1) ToBe: 3 negate.
        expect: (two100 negate bitAnd: (2 ** 70) - 1) ToBe: 0.
        expect: (two100 bitOr: 1 negate) ToBe: 1 negate.
        expect: (two100 negate bitXor: (2 ** 99)) asString ToBe: '-633825300114114700748351602688'.
        expect: (two100 negate >> 3) asString ToBe: '-158456325028528675187087900672'.
        expect: (two100 >> 99) ToBe: 2.
        expect: (two100 >> 200) ToBe: 0.
        expect: (two100 negate >> 200) ToBe: 1 negate.
        expect: (two100 << 100) ToBe: (2 ** 200).
        expect: ((2 ** 64) negate bitAnd: ((2 ** 65) - 1)) ToBe: (2 ** 64).
        expect: (two100 bitAnd: two100) ToBe: two100.
        expect: (two100 bitXor: two100) ToBe: 0.
        expect: ((two100 + 5) bitAnd: 7) ToBe: 5.
        "bitShift: never discards bits; << on a small integer keeps ZigSelf's wrap."
        expect: (1 bitShift: 100) ToBe: two100.
        expect: (two100 bitShift: 98 negate) ToBe: 4.
        expect: (7 negate bitShift: 1 negate) ToBe: 4 negate.
        expect: (two100 bitShift: 100000000 negate) ToBe: 0.
        expect: (two100 negate bitShift: 100000000 negate) ToBe: 1 negate.
        expect: (1 << 62) ToBe: (2 ** 62) negate.
        "bitLength, as Python's int.bit_length for non-negative values."
        expect: two100 bitLength ToBe: 101.
        expect: (two100 - 1) bitLength ToBe: 100.
        expect: ((2 ** 64) - 1) bitLength ToBe: 64 ).
|) run.

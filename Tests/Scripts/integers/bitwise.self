"Bitwise and, or and xor work on the 63-bit two's-complement pattern
 (language.md 11.1)."
(|
    parent* = std testing test.
    max = 4611686018427387903.
    min = (1 << 62).

    run = (
        expect: (5 bitAnd: 3) ToBe: 1.
        expect: (5 bitOr: 3) ToBe: 7.
        expect: (5 bitXor: 3) ToBe: 6.
        expect: (5 _IntAnd: 6) ToBe: 4.
        expect: (5 _IntOr: 6) ToBe: 7.
        expect: (5 _IntXor: 6) ToBe: 3.
        expect: (1 negate bitAnd: 255) ToBe: 255.
        expect: (6 negate bitAnd: 7) ToBe: 2.
        expect: (1 negate bitXor: 0) ToBe: 1 negate.
        expect: (min bitOr: max) ToBe: 1 negate.
        expect: (max bitXor: 1 negate) ToBe: min.
        expect: (min bitAnd: max) ToBe: 0.
        expect: (min bitAnd: 1 negate) ToBe: min.
        expect: (1 negate bitXor: 5) ToBe: 6 negate ).
|) run.

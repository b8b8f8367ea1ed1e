"Integer literal forms (language.md 2.6): decimal with underscores,
 hexadecimal, octal and binary, a radix after leading zeros, a prefix with no
 digits, and a literal directly followed by a unary message."
(|
    parent* = std testing test.

    run = (
        expect: 1_000 ToBe: 1000.
        expect: 1_000_ ToBe: 1000.
        expect: 1__2 ToBe: 12.
        expect: 00 ToBe: 0.
        expect: 0_0 ToBe: 0.
        expect: 0xFF ToBe: 255.
        expect: 0Xff ToBe: 255.
        expect: 0xF_F ToBe: 255.
        expect: 0o17 ToBe: 15.
        expect: 0O17 ToBe: 15.
        expect: 0b101 ToBe: 5.
        expect: 0B1_0_1 ToBe: 5.
        expect: 00x1F ToBe: 31.
        expect: 0x ToBe: 0.
        expect: 0b ToBe: 0.
        expect: 1succ ToBe: 2.
        expect: 3negate ToBe: 3 negate.
        expect: 0x3FFFFFFFFFFFFFFF ToBe: 4611686018427387903.
        expect: 2305843009213693951 ToBe: 0x1FFFFFFFFFFFFFFF ).
|) run.

"Chains of one binary selector are right-associative (language.md 6.3,
 quirk 13.1)."
(|
    parent* = std testing test.

    run = (
        expect: 10 - 3 - 2 ToBe: 9.
        expect: 2 ** 3 ** 2 ToBe: 512.
        expect: 100 / 10 / 5 ToBe: 50.
        expect: 2 - 5 - 1 ToBe: 2 negate.
        expect: 20 % 7 % 5 ToBe: 0.
        expect: 1 << 2 << 3 ToBe: 1 << 16 ).
|) run.

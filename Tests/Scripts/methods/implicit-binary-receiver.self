"A statement or keyword argument that starts with an operator is a binary
 send to self (language.md 6.5, quirk 13.3): '(+ 1)' is 'self + 1' and
 'foo: -1' is 'foo: (self - 1)'. There are no negative literals."
(|
    parent* = std testing test.
    base = 100.

    + n = (base + n).
    - n = (base - n).
    plusOne = (+ 1).
    echo: x = (x).
    minusArgument = (echo: -1).
    minusArgumentAfterSpace = (echo: - 7).

    run = (
        expect: plusOne ToBe: 101.
        expect: minusArgument ToBe: 99.
        expect: minusArgumentAfterSpace ToBe: 93.
        "On an integer receiver the same parse gives self - 1."
        expect: (3 _IntAdd: 0) succ ToBe: 4.
        expect: 5 negate ToBe: 0 - 5 ).
|) run.

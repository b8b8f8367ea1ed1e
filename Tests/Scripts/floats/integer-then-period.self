"'3.' followed by something that is not a digit is the integer 3 and a
 statement separator, not a float (language.md 2.7)."
(|
    parent* = std testing test.

    three = (3.).
    lastIsInteger = (1. 2.).

    run = (
        expect: three ToBe: 3.
        expectToBeTrue: (three parent _Eq: std traits integer).
        expect: lastIsInteger ToBe: 2.
        expectToBeTrue: (3.5 parent _Eq: std traits float) ).
|) run.

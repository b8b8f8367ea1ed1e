"Argument slots of methods and blocks are assignable inside the body
 (language.md 4.2, quirk 13.7)."
(|
    parent* = std testing test.

    incremented: a = (
        a: a + 1.
        a ).

    swap: a With: b = ( | t |
        t: a.
        a: b.
        b: t.
        a - b ).

    run = (
        expect: (incremented: 4) ToBe: 5.
        expect: (swap: 10 With: 3) ToBe: 7 negate.
        expect: ([| :x | x: x * 2. x + 1 ] value: 5) ToBe: 11.
        expect: ([| :x. :y | y: x. x: 0. x + y ] value: 8 With: 1) ToBe: 8 ).
|) run.

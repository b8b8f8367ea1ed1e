"A block argument or local shadows a method local of the same name; the
 innermost scope wins, and assigning the inner one leaves the outer one
 unchanged (language.md 7.5)."
(|
    parent* = std testing test.

    run = ( | x <- 1. r |
        r: [| :x | x: x + 10. x ] value: 5.
        expect: r ToBe: 15.
        expect: x ToBe: 1.
        r: [| x <- 100 | x: x + 1. [ x ] value ] value.
        expect: r ToBe: 101.
        expect: x ToBe: 1.
        [| :y | x: y ] value: 7.
        expect: x ToBe: 7 ).
|) run.

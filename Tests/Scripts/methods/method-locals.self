"Method locals (language.md 7.5): each activation starts with the locals'
 initial values, a local shadows a slot of the receiver, and the innermost
 scope wins."
(|
    parent* = std testing test.
    x = 'receiver'.

    counter = ( | n <- 0 |
        n: n + 1.
        n ).

    shadow = ( | x <- 'local' |
        x ).

    nested = ( | v <- 1 |
        [| v <- 2 | [| v <- 3 | v ] value ] value ).

    constantShadowsVariable = ( | v <- 1 |
        [| v = 5 | v ] value ).

    outerVisible = ( | v <- 1. k = 7 |
        [| w <- 2 | [ v + w + k ] value ] value ).

    run = (
        expect: counter ToBe: 1.
        expect: counter ToBe: 1.
        expect: shadow ToBe: 'local'.
        expect: x ToBe: 'receiver'.
        expect: nested ToBe: 3.
        expect: constantShadowsVariable ToBe: 5.
        expect: outerVisible ToBe: 10 ).
|) run.

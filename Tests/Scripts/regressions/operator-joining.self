"A binary selector is a maximal run of operator characters, joined even
 across whitespace and comments (language.md 2.4, quirk 13.4)."
(|
    parent* = std testing test.

    o = (|
        + x = ('+').
        ++ x = ('++').
        +-* x = ('+-*').
        -> x = ('->')
    |).

    run = (
        expect: (o + 1) ToBe: '+'.
        expect: (o + + 1) ToBe: '++'.
        expect: (o +"comment"+ 1) ToBe: '++'.
        expect: (o + - * 1) ToBe: '+-*'.
        expect: (o - > 1) ToBe: '->' ).
|) run.

"Selectors are compared as exact byte strings (language.md 5): similar
 selectors name different slots."
(|
    parent* = std testing test.

    run = ( | o |
        o: (|
            ab = 1.
            ba = 2.
            abc = 3.
            at: i = ('at:').
            at: i Put: v = ('at:Put:').
            atPut: v = ('atPut:').
            + x = ('+').
            ++ x = ('++').
            +- x = ('+-')
        |).
        expect: o ab ToBe: 1.
        expect: o ba ToBe: 2.
        expect: o abc ToBe: 3.
        expect: (o at: 1) ToBe: 'at:'.
        expect: (o at: 1 Put: 2) ToBe: 'at:Put:'.
        expect: (o atPut: 2) ToBe: 'atPut:'.
        expect: (o + 1) ToBe: '+'.
        expect: (o ++ 1) ToBe: '++'.
        expect: (o +- 1) ToBe: '+-' ).
|) run.

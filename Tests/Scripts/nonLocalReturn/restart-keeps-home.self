"_Restart starts the same activation again (language.md 7.8), so a block
 made before the restart still has a live home: its '^' returns from it."
(|
    parent* = std testing test.

    m = ( | i <- 0. saved |
        i = 0 ifTrue: [ saved: [ ^ 'from saved block, i = ' , i asString ] ].
        i: i + 1.
        i < 3 ifTrue: [ _Restart ].
        saved value.
        'fell through' ).

    run = (
        expect: m ToBe: 'from saved block, i = 3' ).
|) run.

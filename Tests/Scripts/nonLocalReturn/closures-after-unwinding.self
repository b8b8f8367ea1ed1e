"Activations discarded by a non-local return (language.md 7.7) may have
 made closures; those closures keep working afterwards, with their captured
 variables intact (7.3)."
(|
    parent* = std testing test.
    saved.

    capture: escape = ( | v <- 5 |
        saved: [ v: v + 1. v ].
        escape value.
        'capture fell through' ).

    home = (
        capture: [ ^ 'escaped' ].
        'home fell through' ).

    run = (
        expect: home ToBe: 'escaped'.
        expect: saved value ToBe: 6.
        expect: saved value ToBe: 7 ).
|) run.

"For a block in an inline method, the home is the inline method
 (language.md 7.6, 7.7)."
(|
    parent* = std testing test.

    outer = ( | helper = ( [ ^ 'inline result' ] value. 'inline fell through' ) |
        helper , ' then outer' ).

    run = (
        expect: outer ToBe: 'inline result then outer' ).
|) run.

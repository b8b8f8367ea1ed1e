"An inlined && obeys a redefinition of true's && (its guard trips), as the
 other inlined control forms do."
(|
    parent* = std testing test.
    test: b = ( b && [ 'block' ] ).
    run = (
        expect: (test: true) ToBe: 'block'.
        true _AddSlots: (| && blk = ( 'redefined' ) |).
        expect: (test: true) ToBe: 'redefined'.
        expect: (test: false) ToBe: false.
        true _AddSlots: (| && blk = ( blk value ) |).
        expect: (test: true) ToBe: 'block' ).
|) run.

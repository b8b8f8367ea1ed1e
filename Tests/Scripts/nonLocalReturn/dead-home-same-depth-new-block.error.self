"Expected error: attempted to non-local return to non-existent activation
 A block with '^' run after its home returned, from an activation at the same
 depth that has made a block of its own first (and so has a serial, a new one):
 the new activation is not the home."
(|
    parent* = std traits clonable.
    saved.
    own.
    capture = ( saved: [| :x | ^ x ]. 'captured' ).
    again = ( own: [ ^ 'own' ]. saved value: 1 ).
    run = ( capture. again ).
|) run.

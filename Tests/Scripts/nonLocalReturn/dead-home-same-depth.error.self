"Expected error: attempted to non-local return to non-existent activation
 A block with '^' run after its home returned, from an activation at the same
 depth that has made no block (its serial is given only with its first block,
 Frame.serial): the new activation is not the home."
(|
    parent* = std traits clonable.
    saved.
    capture = ( saved: [| :x | ^ x ]. 'captured' ).
    again = ( saved value: 1 ).
    run = ( capture. again ).
|) run.

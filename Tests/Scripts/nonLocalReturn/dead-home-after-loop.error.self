"Expected error: attempted to non-local return to non-existent activation
 A block with '^' kept in a slot and run after its home method returned, from
 a different and deeper stack (language.md 7.7)."
(|
    parent* = std traits clonable.
    saved.
    capture = (
        saved: [| :x | ^ x ].
        'captured' ).
    deeper: n = (
        n = 0 ifTrue: [ ^ saved value: 1 ].
        deeper: n - 1 ).
    run = (
        capture.
        deeper: 10 ).
|) run.

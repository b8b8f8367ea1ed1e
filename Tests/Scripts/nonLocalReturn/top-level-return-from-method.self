"A top-level block passed into a method and run there: its '^' still ends
 the script, discarding the method activations (language.md 7.7)."
(|
    parent* = std traits clonable.
    runIt: b Depth: n = (
        n = 0 ifTrue: [ b value ] False: [ runIt: b Depth: n - 1 ].
        _Error: 'the method went on after the non-local return' ).
|) runIt: [ ^ 'done' ] Depth: 5.
_Error: 'the script went on after a top-level non-local return'.

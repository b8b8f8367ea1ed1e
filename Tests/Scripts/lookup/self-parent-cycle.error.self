"Expected error: Unknown selector 'lookupSelfCycleMissing'
 An object whose parent is itself: lookup terminates (language.md 7.4)."
(|
    parent* = std traits clonable.
    run = ( | a |
        a: (| p* <- nil |).
        a p: a.
        a lookupSelfCycleMissing ).
|) run.

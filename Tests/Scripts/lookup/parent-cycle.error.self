"Expected error: Unknown selector 'lookupCycleMissing'
 A lookup through a parent cycle terminates and finds nothing
 (language.md 7.4, 13 quirk)."
(|
    parent* = std traits clonable.
    run = ( | a. b |
        a: (| p* <- nil |).
        b: (| p* <- nil |).
        a p: b.
        b p: a.
        a lookupCycleMissing ).
|) run.

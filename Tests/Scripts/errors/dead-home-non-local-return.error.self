"Expected error: attempted to non-local return to non-existent activation
 '^' to a method activation that has returned is a runtime error, not a
 crash (language.md 7.7, 12)."
(|
    parent* = std traits clonable.
    escaper = ([| :x | ^ x ]).
    run = ( | b |
        b: escaper.
        b value: 3 ).
|) run.

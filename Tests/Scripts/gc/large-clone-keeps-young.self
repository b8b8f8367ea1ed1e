"Regression (found while hardening): an object too large for the nursery is
 allocated old, and _Clone filled such a copy by copying its original's words
 without the write barrier, so a young element of the original was stale in the
 copy after the next minor collection."
(|
    parent* = std testing test.

    churn = ( | o |
        0 to: 400000 Do: [| :i | o: (| a <- i |) ].
        o ).

    run = ( | big. copy |
        "More than a quarter of the nursery: allocated old."
        big: (std array _ArrayCopySize: 300000 FillingExtrasWith: 0).
        big _ArrayAt: 5 Put: (| x <- 41 |) _Clone.
        big _ArrayAt: 299999 Put: 'young string' copy.
        copy: big _Clone.
        churn.
        churn.
        expect: (copy _ArrayAt: 5) x ToBe: 41.
        expect: (copy _ArrayAt: 299999) ToBe: 'young string'.
        expect: (copy _ArrayAt: 6) ToBe: 0 ).
|) run.

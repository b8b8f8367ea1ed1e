"Closures and their captured variables survive collections: counters made by
 a method that has returned keep their own state while garbage is made."
(|
    parent* = std testing test.

    makeCounter: start = ( | n. captured |
        n: 0.
        captured: (| base = start * 1000 |).
        [ n: n + 1. captured base + n ] ).

    churn = ( | o |
        0 to: 150000 Do: [| :i | o: [ i ]. o: (| a = o |) ].
        "A large array is garbage as soon as it is made."
        std array _ArrayCopySize: 2000000 FillingExtrasWith: o.
        o ).

    run = ( | counters |
        counters: (std array _ArrayCopySize: 1000 FillingExtrasWith: nil).
        0 to: 1000 Do: [| :i | counters _ArrayAt: i Put: (makeCounter: i) ].
        churn.
        0 to: 1000 Do: [| :i | expect: (counters _ArrayAt: i) value ToBe: (i * 1000) + 1 ].
        churn.
        churn.
        0 to: 1000 Do: [| :i | expect: (counters _ArrayAt: i) value ToBe: (i * 1000) + 2 ] ).
|) run.

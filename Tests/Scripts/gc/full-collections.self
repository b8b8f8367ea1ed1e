"Full collections: many large arrays and promoted objects become garbage
 while a live structure, partly old and partly young, is kept; everything
 live must be intact afterwards, and references from young objects to old
 ones and back must still lead to the right objects."
(|
    parent* = std testing test.
    cell = (| parent* = std traits clonable. value <- 0. link |).

    promoteAndDrop = ( | keep |
        "Survives a few minor collections, then is dropped."
        keep: (std array _ArrayCopySize: 100000 FillingExtrasWith: nil).
        0 to: 100000 Do: [| :i | keep _ArrayAt: i Put: (cell clone value: i) ].
        0 to: 10 Do: [| :i | std array _ArrayCopySize: 1000000 FillingExtrasWith: keep ].
        keep _ArraySize ).

    run = ( | live. young. sum |
        live: (std array _ArrayCopySize: 1000 FillingExtrasWith: nil).
        0 to: 1000 Do: [| :i | live _ArrayAt: i Put: (cell clone value: i) ].
        0 to: 4 Do: [| :round |
            expect: promoteAndDrop ToBe: 100000.
            "New young cells linked from old ones and to old ones."
            0 to: 1000 Do: [| :i |
                young: (cell clone value: round; link: (live _ArrayAt: i)).
                (live _ArrayAt: i) link: young ] ].
        sum: 0.
        0 to: 1000 Do: [| :i. c |
            c: (live _ArrayAt: i).
            expectToBeTrue: (c link link _Eq: c).
            expect: c link value ToBe: 3.
            sum: sum + c value ].
        expect: sum ToBe: 499500 ).
|) run.

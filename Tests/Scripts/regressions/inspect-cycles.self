"_Inspect terminates on cyclic structures, printing a back reference as
 '<cyclic reference>' (primitives.md 3.2), and answers the receiver."
(|
    parent* = std testing test.

    run = ( | o. a |
        o: (| me <- nil. other <- nil |).
        o me: o.
        o other: (| back = o |).
        expectToBeTrue: (o _Inspect _Eq: o).
        a: (std array _ArrayCopySize: 2 FillingExtrasWith: nil).
        a _ArrayAt: 0 Put: a.
        a _ArrayAt: 1 Put: o.
        expectToBeTrue: (a _Inspect _Eq: a).
        std out write: '\n' ).
|) run.

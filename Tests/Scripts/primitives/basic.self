"_Nil, _Error:, _Inspect (primitives.md 3.1, 3.2)."
(|
    parent* = std testing test.

    run = ( | o |
        expectToBeTrue: (_Nil _Eq: nil).
        "The receiver of _Nil is ignored."
        expectToBeTrue: (3 _Nil _Eq: nil).
        expectToBeTrue: ('abc' _Nil _Eq: nil).
        "_Inspect writes to standard error and answers the receiver."
        o: (| a = 1 |).
        expectToBeTrue: (o _Inspect _Eq: o).
        expectToBeTrue: (3 _Inspect _Eq: 3).
        std out write: '\n' ).
|) run.

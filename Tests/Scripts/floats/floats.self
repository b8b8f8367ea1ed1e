"Floats (language.md 2.7, 11.2): float literals make inert objects; every
 evaluation makes a new object; a float answers only self and parent (and
 the identity, clone and inspect primitives); its traits object is
 std traits float."
(|
    parent* = std testing test.

    oneAndAHalf = (1.5).

    run = ( | f. g |
        f: 1.5.
        expectToBeTrue: (f parent _Eq: std traits float).
        expectToBeTrue: (0.5 parent _Eq: std traits float).
        expectToBeTrue: (00.5 parent _Eq: std traits float).
        expectToBeTrue: (0.123456789 parent _Eq: std traits float).
        expectToBeTrue: (f self _Eq: f).
        expectToBeTrue: (f _Eq: f).
        expectToBeFalse: (1.5 _Eq: 1.5).
        expectToBeFalse: (oneAndAHalf _Eq: oneAndAHalf).
        g: f _Clone.
        expectToBeFalse: (g _Eq: f).
        expectToBeTrue: (g parent _Eq: std traits float).
        "_Inspect answers the receiver (its dump goes to standard error)."
        expectToBeTrue: (f _Inspect _Eq: f).
        "Primitives that take any argument treat a float as a non-integer and
         a non-byte-array."
        expectToBeFalse: (1 _IntEq: 1.0).
        expectToBeFalse: ('1.0' _ByteArrayEq: 1.0) ).
|) run.

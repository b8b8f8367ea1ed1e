"Floats (language.md 2.7, 11.2; docs/numbers.md): every evaluation of a float
 literal makes a new object, as in ZigSelf, and its traits object is
 std traits float. This VM's floats compute: an integer and an equal float
 are equal (and identity still tells the objects apart)."
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
        expectToBeTrue: (g = f).
        "_Inspect answers the receiver (its dump goes to standard error)."
        expectToBeTrue: (f _Inspect _Eq: f).
        "_IntEq: compares an integer with a float by value; a byte array is
         still not equal to a float."
        expectToBeTrue: (1 _IntEq: 1.0).
        expectToBeFalse: (1 _IntEq: 1.5).
        expectToBeFalse: ('1.0' _ByteArrayEq: 1.0).
        "std traits float inherits the default behaviour, as integers do."
        expectToBeTrue: (std traits float parent _Eq: std traits clonable).
        expectToBeTrue: (1.5 std _Eq: std) ).
|) run.

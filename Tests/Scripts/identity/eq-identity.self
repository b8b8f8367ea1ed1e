"_Eq: is identity: the same object, or equal integers (language.md 11.5,
 primitives.md 3.2). Every evaluation of a string, float or object literal
 makes a new object."
(|
    parent* = std testing test.
    constantString = 'k'.

    run = (
        testIntegersByValue.
        testObjects.
        testLiteralsAreNewEachTime.
        testGlobals.
        testMixedKinds ).

    testIntegersByValue = ( | big |
        expectToBeTrue: (3 _Eq: 3).
        expectToBeTrue: (3 _Eq: 1 + 2).
        big: 4611686018427387903.
        expectToBeTrue: (big _Eq: 4611686018427387902 + 1).
        expectToBeTrue: ((1 << 62) _Eq: (1 << 62)).
        expectToBeFalse: (3 _Eq: 4).
        expectToBeTrue: (0 _Eq: 0) ).

    testObjects = ( | o. p |
        o: (| a = 1 |).
        p: (| a = 1 |).
        expectToBeTrue: (o _Eq: o).
        expectToBeFalse: (o _Eq: p).
        expectToBeFalse: (() _Eq: ()) ).

    testLiteralsAreNewEachTime = ( | f. s. b |
        expectToBeFalse: ('abc' _Eq: 'abc').
        expectToBeFalse: ('' _Eq: '').
        expectToBeFalse: (1.5 _Eq: 1.5).
        expectToBeFalse: ([] _Eq: []).
        f: 1.5.
        expectToBeTrue: (f _Eq: f).
        s: 'abc'.
        expectToBeTrue: (s _Eq: s).
        b: [ 1 ].
        expectToBeTrue: (b _Eq: b).
        expectToBeTrue: (constantString _Eq: constantString) ).

    testGlobals = (
        expectToBeTrue: (_Nil _Eq: nil).
        expectToBeTrue: ((0 _IntLT: 1) _Eq: true).
        expectToBeTrue: ((1 _IntLT: 0) _Eq: false).
        expectToBeFalse: (nil _Eq: true).
        expectToBeFalse: (nil _Eq: false).
        expectToBeFalse: (true _Eq: false).
        expectToBeTrue: (lobby _Eq: lobby).
        expectToBeFalse: (nil _Eq: lobby) ).

    testMixedKinds = (
        expectToBeFalse: (3 _Eq: '3').
        expectToBeFalse: ('3' _Eq: 3).
        expectToBeFalse: (0 _Eq: nil).
        expectToBeFalse: (nil _Eq: 0).
        expectToBeFalse: (1 _Eq: true).
        expectToBeFalse: (1 _Eq: 1.0) ).
|) run.

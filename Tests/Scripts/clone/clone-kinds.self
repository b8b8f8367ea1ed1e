"_Clone of each kind of value (language.md 11.6, primitives.md 3.2)."
(|
    parent* = std testing test.

    run = (
        testInteger.
        testSlotsObject.
        testBlock.
        testByteArray.
        testArray.
        testFloat.
        testNil ).

    "An integer clones to the same integer."
    testInteger = (
        expectToBeTrue: (3 _Clone _Eq: 3).
        expectToBeTrue: (4611686018427387903 _Clone _Eq: 4611686018427387903).
        expect: 7 _Clone + 1 ToBe: 8 ).

    "A new object with the same slots: assignable values are copied as
     references (so changing one copy's slot does not change the other),
     constants and parents are shared, methods run on the copy."
    testSlotsObject = ( | shared. base. o. c |
        shared: (| x <- 1 |).
        base: (| inherited = 'base' |).
        o: (| p* = base. k = shared. v <- shared. n <- 1. get = (n) |).
        c: o _Clone.
        expectToBeFalse: (c _Eq: o).
        expectToBeTrue: (c k _Eq: shared).
        expectToBeTrue: (c v _Eq: shared).
        expectToBeTrue: (c p _Eq: base).
        expect: c inherited ToBe: 'base'.
        c n: 2.
        expect: o n ToBe: 1.
        expect: c get ToBe: 2.
        expect: o get ToBe: 1.
        o v: nil.
        expectToBeTrue: (c v _Eq: shared).
        "The referenced object itself is shared: a shallow copy."
        c v x: 5.
        expect: shared x ToBe: 5.
        "A clone takes the values current at the time of cloning."
        o n: 9.
        expect: o _Clone n ToBe: 9 ).

    "A new block with the same code and lexical scope: both run the same
     code and share the captured variables."
    testBlock = ( | n. b. c |
        n: 0.
        b: [| :k | n: n + k. n ].
        c: b _Clone.
        expectToBeFalse: (c _Eq: b).
        expect: (c value: 1) ToBe: 1.
        expect: (b value: 10) ToBe: 11.
        expect: (c value: 100) ToBe: 111.
        expect: n ToBe: 111.
        expect: [| v <- 3 | v: v + 1. v ] _Clone value ToBe: 4.
        "The block's slot values are copied as references: the clone starts
         from the same vector as the original."
        b: [| vec <- std vector copyRemoveAll | vec add: 1. vec size ].
        expect: b value ToBe: 1.
        c: b _Clone.
        expect: c value ToBe: 2.
        expect: b value ToBe: 3 ).

    testByteArray = ( | s. c |
        s: 'abc'.
        c: s _Clone.
        expectToBeFalse: (c _Eq: s).
        expect: c ToBe: 'abc'.
        c _ByteAt: 0 Put: 120.
        expect: s ToBe: 'abc'.
        expect: c ToBe: 'xbc'.
        expect: '' _Clone size ToBe: 0 ).

    testArray = ( | elem. a. c |
        elem: (| x = 1 |).
        a: ((std array _ArrayCopySize: 2 FillingExtrasWith: elem) _ArrayAt: 1 Put: 'second').
        c: a _Clone.
        expectToBeFalse: (c _Eq: a).
        expect: c _ArraySize ToBe: 2.
        expectToBeTrue: ((c _ArrayAt: 0) _Eq: elem).
        expectToBeTrue: ((c _ArrayAt: 1) _Eq: (a _ArrayAt: 1)).
        c _ArrayAt: 0 Put: 'changed'.
        expectToBeTrue: ((a _ArrayAt: 0) _Eq: elem) ).

    "A new float: not identical to the original."
    testFloat = ( | f. c |
        f: 2.5.
        c: f _Clone.
        expectToBeFalse: (c _Eq: f).
        expectToBeTrue: (c parent _Eq: std traits float) ).

    "nil is a slots object: its clone is a new object with nil's slots."
    testNil = ( | c |
        c: nil _Clone.
        expectToBeFalse: (c _Eq: nil).
        expectToBeTrue: (c parent _Eq: nil parent) ).
|) run.

"Values that are not slots objects (language.md 7.4): every value answers
 'self' with itself; integers, byte arrays, arrays, blocks and floats answer
 'parent' with their traits object and look everything else up there."
(|
    parent* = std testing test.

    run = ( | arr. blk |
        expectToBeTrue: (3 parent _Eq: std traits integer).
        expectToBeTrue: ('' parent _Eq: std traits string).
        expectToBeTrue: ('abc' parent _Eq: std traits string).
        arr: (_ArrayCopySize: 0 FillingExtrasWith: nil).
        expectToBeTrue: (arr parent _Eq: std traits array).
        expectToBeTrue: ((arr _ArrayCopySize: 2 FillingExtrasWith: 0) parent _Eq: std traits array).
        blk: [| :x | x ].
        expectToBeTrue: (blk parent _Eq: std traits block).
        expectToBeTrue: ([] parent _Eq: std traits block).
        expectToBeTrue: (1.5 parent _Eq: std traits float).
        "The traits objects are distinct."
        expectToBeFalse: (std traits integer _Eq: std traits string).
        expectToBeFalse: (std traits array _Eq: std traits block).
        "'x self' is x, for every kind of value."
        expect: 3 self ToBe: 3.
        expect: 'abc' self ToBe: 'abc'.
        expectToBeTrue: (blk self _Eq: blk).
        expectToBeTrue: (arr self _Eq: arr).
        "Messages are found in the traits object."
        expect: 3 succ ToBe: 4.
        expect: 'abc' size ToBe: 3 ).
|) run.

"array.self: std array and std traits array (world-api.md 10)."

(|
    parent* = std testing test.

    run = (
        testBasics.
        testCopying.
        testInherited ).

    testBasics = ( | a |
        a: (std array copySize: 3).
        expect: a size ToBe: 3.
        expect: (a at: 0) ToBeIdenticalTo: nil.
        expect: (a at: 1 Put: 5) ToBeIdenticalTo: a.
        expect: (a at: 1) ToBe: 5.
        expect: std array size ToBe: 0.
        expectToBeTrue: std array isEmpty.
        expectToBeFalse: a isEmpty ).

    testCopying = ( | a. b |
        a: (std array copySize: 2 FillingExtrasWith: 7).
        expect: (a at: 0) ToBe: 7.
        expect: (a at: 1) ToBe: 7.
        a at: 0 Put: 1.
        b: (a copySize: 4).
        expect: b size ToBe: 4.
        expect: (b at: 0) ToBe: 1.
        expect: (b at: 1) ToBe: 7.
        expect: (b at: 3) ToBeIdenticalTo: nil.
        b: (a copySize: 3 FillingExtrasWith: 9).
        expect: (b at: 2) ToBe: 9.
        b: (a copySize: 1).
        expect: b size ToBe: 1.
        expect: (b at: 0) ToBe: 1.
        "copySize: always answers a new array."
        expect: (a copySize: 2) ToNotBeIdenticalTo: a.
        "copy is shallow and independent."
        b: a copy.
        expect: b ToNotBeIdenticalTo: a.
        expect: b ToBe: a.
        b at: 0 Put: 100.
        expect: (a at: 0) ToBe: 1.
        "Quirk: copyRemoveAll answers the shared empty array."
        expect: a copyRemoveAll ToBeIdenticalTo: std array ).

    testInherited = ( | a. sum |
        a: (1 & 2 & 3) asArray.
        expect: a firstKey ToBe: 0.
        expect: a lastKey ToBe: 2.
        sum: 0.
        a each: [| :e. :i | sum: sum + (e * i) ].
        expect: sum ToBe: 8.
        expect: a copyReverse ToBe: (3 & 2 & 1) asArray.
        expect: (a indexOf: 3) ToBe: 2.
        expect: (a fold: [| :x. :e | x + e ] Initial: 0) ToBe: 6.
        expect: (a findFirst: [| :e | e > 1 ] IfPresent: [| :k | k ] IfAbsent: [ nil ]) ToBe: 1.
        expect: (a at: 5 IfAbsent: [ 'none' ]) ToBe: 'none'.
        expectToBeTrue: a = (1 & 2 & 3) asArray.
        expectToBeFalse: a = (1 & 2) asArray ).
|) run.

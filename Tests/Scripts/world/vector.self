"vector.self: std vector and std traits vector (world-api.md 11)."

(|
    parent* = std testing test.

    run = (
        testPrototype.
        testAddAndCapacity.
        testAccess.
        testRemove.
        testCopying.
        testAsString.
        testSort.
        testReverse.
        testCopyFrom.
        testInherited ).

    testPrototype = (
        expect: std vector size ToBe: 0.
        expect: std vector capacity ToBe: 0.
        expect: std vector items ToBeIdenticalTo: std array ).

    testAddAndCapacity = ( | v |
        v: std vector copy.
        expect: (v add: 10) ToBeIdenticalTo: v.
        expect: v size ToBe: 1.
        expect: v capacity ToBe: 4.
        v add: 11; add: 12; add: 13.
        expect: v capacity ToBe: 4.
        v add: 14.
        expect: v capacity ToBe: 8.
        5 to: 10 Do: [| :i | v add: i + 10 ].
        expect: v size ToBe: 10.
        expect: v capacity ToBe: 16.
        10 to: 18 Do: [| :i | v add: i + 10 ].
        expect: v capacity ToBe: 32.
        expect: v size ToBe: 18.
        0 to: 18 Do: [| :i | expect: (v at: i) ToBe: i + 10 ].
        expect: v shrinkToFit ToBeIdenticalTo: v.
        expect: v capacity ToBe: 18.
        expect: v size ToBe: 18.
        v add: 28.
        expect: v capacity ToBe: 32.
        "The prototype is not changed by its copies."
        expect: std vector size ToBe: 0 ).

    testAccess = ( | v |
        v: (1 & 2 & 3) asVector.
        expect: (v at: 0) ToBe: 1.
        expect: (v at: 2) ToBe: 3.
        expect: (v at: 1 Put: 20) ToBeIdenticalTo: v.
        expect: (v at: 1) ToBe: 20.
        expect: v size ToBe: 3 ).

    testRemove = ( | v |
        v: (1 & 2 & 3 & 4) asVector.
        expect: (v remove: 1) ToBeIdenticalTo: v.
        expect: v ToBe: (1 & 3 & 4) asVector.
        expect: (v remove: 2 IfAbsent: [ 'absent' ]) ToBeIdenticalTo: v.
        expect: v ToBe: (1 & 3) asVector.
        expect: (v remove: 2 IfAbsent: [ 'absent' ]) ToBe: 'absent'.
        expect: (v remove: 1 negate IfAbsent: [ 'absent' ]) ToBe: 'absent'.
        expectToFail: [| :fail | v remove: 5 IfAbsent: fail ].
        expect: v shift ToBe: 1.
        expect: v ToBe: (std vector copy add: 3).
        expect: v shift ToBe: 3.
        expectToBeTrue: v isEmpty.
        "Removing leaves room to add again."
        v add: 5.
        expect: v ToBe: (std vector copy add: 5) ).

    testCopying = ( | v. c. o |
        o: (| parent* = std traits clonable |).
        v: (1 & o) asVector.
        c: v copy.
        expect: c ToBe: v.
        expect: c ToNotBeIdenticalTo: v.
        expect: c items ToNotBeIdenticalTo: v items.
        expect: (c at: 1) ToBeIdenticalTo: o.
        c add: 3.
        c at: 0 Put: 9.
        expect: v size ToBe: 2.
        expect: (v at: 0) ToBe: 1.
        c: v copyRemoveAll.
        expect: c size ToBe: 0.
        expect: v size ToBe: 2.
        c add: 7.
        expect: v size ToBe: 2.
        expect: std vector copy ToBe: std vector ).

    testAsString = (
        expect: std vector asString ToBe: '[]'.
        expect: (1 & 2 & 3) asVector asString ToBe: '[1, 2, 3]'.
        expect: ('a' & 'b') asVector asString ToBe: '[a, b]'.
        expect: (1 & (2 & 3) asVector & true & nil) asVector asString ToBe: '[1, [2, 3], true, nil]'.
        expect: (std vector copy add: 42) asString ToBe: '[42]' ).

    testSort = ( | v. descending. n |
        expect: (3 & 1 & 2) asVector sort ToBe: (1 & 2 & 3) asVector.
        v: (5 & 3 & 5 & 1 & 3 & 9 & 0 & 5) asVector.
        expect: v sort ToBeIdenticalTo: v.
        expect: v ToBe: (0 & 1 & 3 & 3 & 5 & 5 & 5 & 9) asVector.
        expect: std vector copy sort ToBe: std vector.
        expect: (std vector copy add: 4) sort ToBe: (std vector copy add: 4).
        "Already sorted, reversed and constant inputs."
        v: std vector copy.
        0 to: 200 Do: [| :i | v add: i ].
        v sort.
        expectToBeTrue: (isAscending: v).
        v: std vector copy.
        0 to: 200 Do: [| :i | v add: 199 - i ].
        v sort.
        expectToBeTrue: (isAscending: v).
        expect: (v at: 0) ToBe: 0.
        expect: (v at: 199) ToBe: 199.
        v: std vector copy.
        0 to: 100 Do: [| :i | v add: 7 ].
        v sort.
        expect: v size ToBe: 100.
        "A scrambled sequence."
        v: std vector copy.
        n: 1.
        0 to: 300 Do: [| :i |
            n: ((n * 75) + 74) % 65537.
            v add: n % 1000 ].
        v sort.
        expect: v size ToBe: 300.
        expectToBeTrue: (isAscending: v).
        "Key blocks."
        v: (3 & 1 & 2) asVector.
        expect: (v sortKey: [| :e | e negate ]) ToBeIdenticalTo: v.
        expect: v ToBe: (3 & 2 & 1) asVector.
        v: ('ccc' & 'a' & 'bb') asVector.
        v sortKey: [| :s | s size ].
        expect: v ToBe: ('a' & 'bb' & 'ccc') asVector.
        "A sort-key factory as the key block."
        descending: [| :a. :b | b < a ifTrue: [ 1 negate ] False: [ b > a ifTrue: [ 1 ] False: [ 0 ] ] ] asSortKey.
        v: (2 & 9 & 4 & 9 & 1) asVector.
        v sortKey: descending.
        expect: v ToBe: (9 & 9 & 4 & 2 & 1) asVector.
        v sortKey: std sortKeyFactory.
        expect: v ToBe: (1 & 2 & 4 & 9 & 9) asVector ).

    isAscending: v = (
        1 to: v size Do: [| :i |
            (v at: i - 1) <= (v at: i) ifFalse: [ ^ false ] ].
        true ).

    testReverse = ( | v |
        "ZigSelf leaves the middle pair of even sizes: fixed here."
        v: (1 & 2) asVector.
        expect: v reverse ToBeIdenticalTo: v.
        expect: v ToBe: (2 & 1) asVector.
        expect: (1 & 2 & 3 & 4) asVector reverse ToBe: (4 & 3 & 2 & 1) asVector.
        expect: (1 & 2 & 3) asVector reverse ToBe: (3 & 2 & 1) asVector.
        expect: (std vector copy add: 1) reverse ToBe: (std vector copy add: 1).
        expect: std vector copy reverse ToBe: std vector ).

    testCopyFrom = ( | v |
        v: (10 & 11 & 12 & 13) asVector.
        expect: (v copyFrom: 1) ToBe: (11 & 12 & 13) asVector.
        expect: (v copyFrom: 0) ToBe: v.
        expect: (v copyFrom: 4) ToBe: std vector.
        expect: (v copyFrom: 1 To: 3) ToBe: (11 & 12) asVector.
        expect: (v copyFrom: 2 To: 2) ToBe: std vector.
        expect: (v copyFrom: 0 To: 4) ToNotBeIdenticalTo: v ).

    testInherited = ( | v. seen |
        v: (4 & 5 & 6) asVector.
        seen: std vector copy.
        v each: [| :e. :i | seen add: e * i ].
        expect: seen ToBe: (0 & 5 & 12) asVector.
        expect: (v indexOf: 6) ToBe: 2.
        expect: (v indexOf: 7) ToBe: 1 negate.
        expect: (v findFirst: [| :e | e > 4 ] IfPresent: [| :k | k ] IfAbsent: [ nil ]) ToBe: 1.
        expect: (v findFirst: [| :e. :k | k = 2 ] IfPresent: [| :k | v at: k ] IfAbsent: [ nil ]) ToBe: 6.
        expect: (v findFirst: [| :e | e > 6 ] IfPresent: [| :k | k ] IfAbsent: [ 'none' ]) ToBe: 'none'.
        expect: (v fold: [| :a. :e | a + e ] Initial: 0) ToBe: 15.
        expect: (v at: 3 IfAbsent: [ 0 ]) ToBe: 0.
        expect: v copyReverse ToBe: (6 & 5 & 4) asVector.
        expectToBeFalse: v isEmpty.
        expect: v lastKey ToBe: 2 ).
|) run.

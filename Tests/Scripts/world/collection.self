"collection.self: std traits collection and the mixins (world-api.md 9),
 through a minimal collection that implements only at:IfAbsent:, each: and
 size, and through the built-in collections."

(|
    parent* = std testing test.

    "Three elements, 10, 20 and 30, at keys 0, 1 and 2."
    tens = (|
        parent* = std traits collection.
        size = (3).
        each: blk = (
            blk value: 10 With: 0.
            blk value: 20 With: 1.
            blk value: 30 With: 2.
            self ).
        at: key IfAbsent: blk = (
            (key = 0) || [ (key = 1) || [ key = 2 ] ]
                ifTrue: [ (key + 1) * 10 ]
                False: [ blk value ] ).
    |).

    run = (
        testProtocol.
        testEquality.
        testIndexable.
        testRemovable ).

    testProtocol = ( | keys |
        expectToBeFalse: tens isEmpty.
        expectToBeTrue: std vector isEmpty.
        expect: (tens at: 1) ToBe: 20.
        expect: (tens at: 7 IfAbsent: [ 0 ]) ToBe: 0.
        expect: (tens indexOf: 20) ToBe: 1.
        expect: (tens indexOf: 99) ToBe: 1 negate.
        "indexOf: sends '=' to its argument: the first element matches."
        expect: (tens indexOf: (| parent* = std traits clonable. = x = (true) |)) ToBe: 0.
        expect: (tens fold: [| :sum. :e | sum + e ] Initial: 0) ToBe: 60.
        expect: (tens fold: [| :sum. :e | sum + e ] Initial: 5) ToBe: 65.
        expect: (std vector fold: [| :sum. :e | sum + e ] Initial: 5) ToBe: 5.
        expect: (tens findFirst: [| :e | e > 15 ] IfPresent: [| :k | k * 100 ] IfAbsent: [ 1 negate ])
            ToBe: 100.
        expect: (tens findFirst: [| :e. :k | k = 2 ] IfPresent: [| :k | k ] IfAbsent: [ 1 negate ])
            ToBe: 2.
        expect: (tens findFirst: [| :e | e > 99 ] IfPresent: [| :k | k ] IfAbsent: [ 1 negate ])
            ToBe: 1 negate.
        "each: passes element and key; a one-argument block drops the key."
        keys: std vector copy.
        tens each: [| :e. :k | keys add: k ].
        expect: keys ToBe: (0 & 1 & 2) asVector.
        keys: std vector copy.
        tens each: [| :e | keys add: e ].
        expect: keys ToBe: (10 & 20 & 30) asVector ).

    testEquality = (
        "Element-wise equality (ZigSelf fails for non-empty receivers)."
        expectToBeTrue: tens = (10 & 20 & 30) asVector.
        expectToBeTrue: (10 & 20 & 30) asVector = tens.
        expectToBeTrue: (10 & 20 & 30) asArray = (10 & 20 & 30) asVector.
        expectToBeFalse: tens = (10 & 20) asVector.
        expectToBeFalse: tens = (10 & 20 & 31) asVector.
        expectToBeTrue: std vector copy = std array.
        expectToBeTrue: (1 & (2 & 3) asVector) asVector = (1 & (2 & 3) asVector) asVector.
        expectToBeFalse: (1 & 2) asVector = (2 & 1) asVector ).

    testIndexable = ( | v |
        v: (5 & 6 & 7) asVector.
        expect: v firstKey ToBe: 0.
        expect: v lastKey ToBe: 2.
        expect: std vector lastKey ToBe: 1 negate.
        expect: v copyReverse ToBe: (7 & 6 & 5) asVector.
        expect: v ToBe: (5 & 6 & 7) asVector.
        expect: std vector copy copyReverse ToBe: std vector.
        expect: (v at: 3 IfAbsent: [ 'none' ]) ToBe: 'none'.
        expect: (v at: 1 negate IfAbsent: [ 'none' ]) ToBe: 'none'.
        expect: (v at: 2 IfAbsent: [ 'none' ]) ToBe: 7.
        expect: (v each: [| :e | e ]) ToBeIdenticalTo: v.
        expect: ('abc' at: 3 IfAbsent: [ 0 ]) ToBe: 0.
        expect: ((std array copySize: 2) at: 2 IfAbsent: [ 0 ]) ToBe: 0 ).

    testRemovable = ( | v |
        v: (5 & 6 & 7) asVector.
        expect: (v remove: 0) ToBeIdenticalTo: v.
        expect: v ToBe: (6 & 7) asVector.
        expectToFail: [| :fail | v remove: 2 IfAbsent: fail ].
        expect: (v remove: 5 IfAbsent: [ 'absent' ]) ToBe: 'absent' ).
|) run.

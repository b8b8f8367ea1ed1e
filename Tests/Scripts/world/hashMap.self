"hashMap.self: std hashMap and std traits hashMap (world-api.md 14.3)."

(|
    parent* = std testing test.

    run = (
        testBasics.
        testEach.
        testCopying.
        testManyKeys ).

    testBasics = ( | m. value |
        m: std hashMap copy.
        expect: m size ToBe: 0.
        expect: m capacity ToBe: 0.
        expectToBeTrue: m isEmpty.
        expect: (m at: 'one' Put: 1) ToBeIdenticalTo: m.
        m at: 'two' Put: 2; at: 3 Put: 'three'.
        expect: m size ToBe: 3.
        expect: m capacity ToBe: 16.
        expect: (m at: 'one') ToBe: 1.
        expect: (m at: 'two' copy) ToBe: 2.
        expect: (m at: 3) ToBe: 'three'.
        expect: (m at: 'four' IfAbsent: [ 4 ]) ToBe: 4.
        expect: (m at: 'one' IfAbsent: [ 4 ]) ToBe: 1.
        expectToFail: [| :fail | m at: 'four' IfAbsent: fail ].
        expectToBeTrue: (m contains: 'one').
        expectToBeFalse: (m contains: 'four').
        expectToBeFalse: (m contains: 1).
        "An existing key's value is replaced."
        m at: 'one' Put: 100.
        expect: m size ToBe: 3.
        expect: (m at: 'one') ToBe: 100.
        "nil is a value like any other."
        m at: 'nothing' Put: nil.
        expect: (m at: 'nothing' IfAbsent: [ 'absent' ]) ToBeIdenticalTo: nil.
        expect: (m remove: 'nothing') ToBeIdenticalTo: nil.
        expect: (m remove: 'two' IfAbsent: [ 'absent' ]) ToBe: 2.
        expect: (m remove: 'two' IfAbsent: [ 'absent' ]) ToBe: 'absent'.
        expectToFail: [| :fail | m remove: 'two' IfAbsent: fail ].
        expect: (m remove: 3) ToBe: 'three'.
        expect: m size ToBe: 1.
        expectToBeFalse: m isEmpty.
        expect: std hashMap size ToBe: 0 ).

    testEach = ( | m. keys. sum |
        m: std hashMap copy.
        m at: 1 Put: 10; at: 2 Put: 20; at: 3 Put: 30.
        sum: 0.
        expect: (m each: [| :value. :key | sum: sum + (value * key) ]) ToBeIdenticalTo: m.
        expect: sum ToBe: 140.
        keys: std hashSet copy.
        m each: [| :value. :key | keys add: key ].
        expect: keys ToBe: (1 & 2 & 3) asSet.
        sum: 0.
        m each: [| :value | sum: sum + value ].
        expect: sum ToBe: 60.
        expect: (m fold: [| :total. :value | total + value ] Initial: 0) ToBe: 60 ).

    testCopying = ( | m. c. o |
        o: (| parent* = std traits clonable |).
        m: std hashMap copy.
        m at: 'a' Put: o; at: 'b' Put: 2.
        c: m copy.
        expect: c size ToBe: 2.
        expect: (c at: 'a') ToBeIdenticalTo: o.
        c at: 'a' Put: 1.
        c at: 'z' Put: 26.
        expect: (m at: 'a') ToBeIdenticalTo: o.
        expectToBeFalse: (m contains: 'z').
        expect: c ToNotBe: m.
        expect: m copy ToBe: m.
        c: m copyRemoveAll.
        expect: c size ToBe: 0.
        expect: m size ToBe: 2 ).

    testManyKeys = ( | m |
        m: std hashMap copy.
        0 to: 200 Do: [| :i | m at: i asString Put: i ].
        expect: m size ToBe: 200.
        0 to: 200 Do: [| :i | expect: (m at: i asString) ToBe: i ].
        0 to: 200 Do: [| :i | (i % 2) = 0 ifTrue: [ m remove: i asString ] ].
        expect: m size ToBe: 100.
        expect: (m at: '7') ToBe: 7.
        expectToBeFalse: (m contains: '8') ).
|) run.

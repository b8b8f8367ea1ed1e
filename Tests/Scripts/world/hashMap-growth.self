"hashMap-growth.self: std hashMap with many keys (world-api.md 14.1, 14.3):
 growth, replacing values, shrinking after many removals."

(|
    parent* = std testing test.

    run = (
        testGrowthFollowsTheHashTableRule.
        testManyIntegerKeys.
        testReplacingValues.
        testShrinking.
        testManyStringKeys ).

    "Before a new key is stored, the capacity grows to max(2 x capacity, 16)
     when size x 100 >= capacity x 60 (there are no removals here). Storing
     an existing key never grows the map."
    testGrowthFollowsTheHashTableRule = ( | m. expected |
        m: std hashMap copy.
        expected: 0.
        expect: m capacity ToBe: 0.
        0 to: 700 Do: [| :i |
            (m size * 100) < (expected * 60) ifFalse: [ expected: (expected * 2) max: 16 ].
            m at: i * 7919 Put: i.
            expect: m capacity ToBe: expected.
            m at: i * 7919 Put: i + 1.
            expect: m capacity ToBe: expected ].
        expect: m size ToBe: 700.
        expect: m capacity ToBe: 2048.
        "The boundaries: 10 keys fit in 16 buckets, the 11th needs 32, the
         21st 64, the 40th 128, the 78th 256, the 155th 512, the 309th 1024,
         the 616th 2048."
        m: std hashMap copy.
        1 through: 616 Do: [| :i |
            m at: i asString Put: i.
            i = 10 ifTrue: [ expect: m capacity ToBe: 16 ].
            i = 11 ifTrue: [ expect: m capacity ToBe: 32 ].
            i = 20 ifTrue: [ expect: m capacity ToBe: 32 ].
            i = 21 ifTrue: [ expect: m capacity ToBe: 64 ].
            i = 39 ifTrue: [ expect: m capacity ToBe: 64 ].
            i = 40 ifTrue: [ expect: m capacity ToBe: 128 ].
            i = 77 ifTrue: [ expect: m capacity ToBe: 128 ].
            i = 78 ifTrue: [ expect: m capacity ToBe: 256 ].
            i = 155 ifTrue: [ expect: m capacity ToBe: 512 ].
            i = 308 ifTrue: [ expect: m capacity ToBe: 512 ].
            i = 309 ifTrue: [ expect: m capacity ToBe: 1024 ].
            i = 615 ifTrue: [ expect: m capacity ToBe: 1024 ] ].
        expect: m capacity ToBe: 2048 ).

    "Every key survives every growth, with its own value."
    testManyIntegerKeys = ( | m. sum |
        m: std hashMap copy.
        0 to: 20000 Do: [| :i | m at: i * 7919 Put: i + i ].
        expect: m size ToBe: 20000.
        expect: m capacity ToBe: 65536.
        sum: 0.
        0 to: 20000 Do: [| :i | sum: sum + (m at: i * 7919) ].
        expect: sum ToBe: 399980000.
        expectToBeFalse: (m contains: 7918).
        expectToBeFalse: (m contains: 20000 * 7919).
        expect: (m at: 1 IfAbsent: [ 'absent' ]) ToBe: 'absent'.
        "Negative keys hash to negative numbers; the probe starts at
         hash % capacity, which is never negative."
        m: std hashMap copy.
        0 to: 500 Do: [| :i | m at: i negate Put: i ].
        0 to: 500 Do: [| :i | expect: (m at: i negate) ToBe: i ].
        expect: m size ToBe: 500 ).

    "Storing an existing key replaces its value and changes neither the size
     nor the capacity; the stored key is kept."
    testReplacingValues = ( | m. first. second |
        m: std hashMap copy.
        0 to: 100 Do: [| :i | m at: i Put: i ].
        0 to: 100 Do: [| :i | m at: i Put: i * 3 ].
        expect: m size ToBe: 100.
        expect: m capacity ToBe: 256.
        0 to: 100 Do: [| :i | expect: (m at: i) ToBe: i * 3 ].
        first: 'key'.
        second: 'key' copy.
        m at: first Put: 1.
        m at: second Put: 2.
        expect: m size ToBe: 101.
        expect: (m at: 'key') ToBe: 2.
        m each: [| :v. :k | v = 2 ifTrue: [ expect: k ToBeIdenticalTo: first ] ].
        "An integer and an equal float are the same key: they are '=' and
         hash alike."
        m at: 2 Put: 'two'.
        m at: 2.0 Put: 'two point oh'.
        expect: m size ToBe: 101.
        expect: (m at: 2) ToBe: 'two point oh' ).

    "After a removal that leaves size > 16 and size x 100 < capacity x 20,
     the capacity becomes size x 2; the remaining keys are all still found,
     and the map grows again from there."
    testShrinking = ( | m. expected |
        m: std hashMap copy.
        0 to: 1000 Do: [| :i | m at: i Put: i ].
        expect: m capacity ToBe: 2048.
        expected: 2048.
        0 to: 990 Do: [| :i |
            m remove: i.
            (m size > 16) && [ (m size * 100) < (expected * 20) ]
                ifTrue: [ expected: m size * 2 ].
            expect: m capacity ToBe: expected.
            m size = 409 ifTrue: [ expect: m capacity ToBe: 818 ].
            m size = 163 ifTrue: [ expect: m capacity ToBe: 326 ].
            m size = 65 ifTrue: [ expect: m capacity ToBe: 130 ].
            m size = 25 ifTrue: [ expect: m capacity ToBe: 50 ] ].
        expect: m size ToBe: 10.
        expect: m capacity ToBe: 50.
        990 to: 1000 Do: [| :i | expect: (m at: i) ToBe: i ].
        0 to: 990 Do: [| :i | expectToBeFalse: (m contains: i) ].
        "Emptying a map keeps its buckets."
        990 to: 1000 Do: [| :i | m remove: i ].
        expectToBeTrue: m isEmpty.
        expect: m capacity ToBe: 50.
        expect: (m at: 995 IfAbsent: [ 'absent' ]) ToBe: 'absent'.
        0 to: 100 Do: [| :i | m at: i asString Put: i ].
        expect: m size ToBe: 100.
        expect: m capacity ToBe: 200.
        0 to: 100 Do: [| :i | expect: (m at: i asString) ToBe: i ] ).

    testManyStringKeys = ( | m. sum |
        m: std hashMap copy.
        0 to: 5000 Do: [| :i | m at: 'key ', i asString Put: i ].
        expect: m size ToBe: 5000.
        sum: 0.
        0 to: 5000 Do: [| :i | sum: sum + (m at: 'key ', i asString) ].
        expect: sum ToBe: 12497500.
        expectToBeFalse: (m contains: 'key 5000').
        expectToBeFalse: (m contains: 'key').
        0 to: 5000 Do: [| :i | (i % 3) = 0 ifFalse: [ m remove: 'key ', i asString ] ].
        expect: m size ToBe: 1667.
        0 to: 5000 Do: [| :i |
            expect: (m contains: 'key ', i asString) ToBe: (i % 3) = 0 ] ).
|) run.

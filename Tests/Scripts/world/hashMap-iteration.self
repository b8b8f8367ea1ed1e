"hashMap-iteration.self: std hashMap each:, copy, and blocks that return
 from their method (world-api.md 9.1, 14.3)."

(|
    parent* = std testing test.

    run = (
        testEachVisitsEveryPairOnce.
        testEachAfterRemovals.
        testCopyIsIndependent.
        testNonLocalReturns ).

    "Counts, for keys 0 ... n - 1, how often each: visited each of them, and
     checks the values on the way."
    visitsOf: m Keys: n = ( | visits |
        visits: (std array copySize: n FillingExtrasWith: 0).
        expect: (m each: [| :value. :key |
            expect: value ToBe: key * 3.
            visits at: key Put: (visits at: key) + 1 ]) ToBeIdenticalTo: m.
        visits ).

    testEachVisitsEveryPairOnce = ( | m. visits. count |
        m: std hashMap copy.
        count: 0.
        m each: [| :value. :key | count: count + 1 ].
        expect: count ToBe: 0.
        0 to: 1000 Do: [| :i | m at: i Put: i * 3 ].
        visits: (visitsOf: m Keys: 1000).
        0 to: 1000 Do: [| :i | expect: (visits at: i) ToBe: 1 ].
        "Replacing values does not add visits."
        0 to: 1000 Do: [| :i | m at: i Put: i * 3 ].
        visits: (visitsOf: m Keys: 1000).
        0 to: 1000 Do: [| :i | expect: (visits at: i) ToBe: 1 ].
        "A one-argument block gets the values."
        count: 0.
        m each: [| :value | count: count + value ].
        expect: count ToBe: 1498500.
        expect: (m fold: [| :total. :value | total + value ] Initial: 0) ToBe: 1498500 ).

    "Removed keys are not visited, keys stored in their place are, once."
    testEachAfterRemovals = ( | m. visits |
        m: std hashMap copy.
        0 to: 300 Do: [| :i | m at: i Put: i * 3 ].
        0 to: 300 Do: [| :i | (i % 3) = 0 ifTrue: [ m remove: i ] ].
        visits: (visitsOf: m Keys: 300).
        0 to: 300 Do: [| :i | expect: (visits at: i) ToBe: ((i % 3) = 0 ifTrue: [ 0 ] False: [ 1 ]) ].
        0 to: 300 Do: [| :i | (i % 6) = 0 ifTrue: [ m at: i Put: i * 3 ] ].
        visits: (visitsOf: m Keys: 300).
        0 to: 300 Do: [| :i | expect: (visits at: i) ToBe: ((i % 6) = 3 ifTrue: [ 0 ] False: [ 1 ]) ].
        "After shrinking too."
        0 to: 290 Do: [| :i | m remove: i IfAbsent: nil ].
        expect: m size ToBe: 8.
        visits: (visitsOf: m Keys: 300).
        0 to: 300 Do: [| :i |
            expect: (visits at: i) ToBe: (((i >= 290) && [ (i % 6) != 3 ]) ifTrue: [ 1 ] False: [ 0 ]) ] ).

    "A copy has its own entries: changing either map leaves the other alone;
     the keys and values themselves are shared."
    testCopyIsIndependent = ( | m. c. o. k |
        o: (| parent* = std traits clonable |).
        k: 'shared key'.
        m: std hashMap copy.
        0 to: 100 Do: [| :i | m at: i Put: i ].
        m at: k Put: o.
        0 to: 50 Do: [| :i | m remove: i ].
        c: m copy.
        expect: c size ToBe: 51.
        expect: c ToBe: m.
        expect: (c at: 'shared key') ToBeIdenticalTo: o.
        c each: [| :value. :key | value == o ifTrue: [ expect: key ToBeIdenticalTo: k ] ].
        c at: 60 Put: 'changed'.
        c remove: 70.
        c at: 'new' Put: 1.
        0 to: 50 Do: [| :i | c at: i Put: i ].
        expect: (m at: 60) ToBe: 60.
        expect: (m at: 70) ToBe: 70.
        expectToBeFalse: (m contains: 'new').
        expectToBeFalse: (m contains: 7).
        expect: m size ToBe: 51.
        m at: 80 Put: 'changed in m'.
        m remove: 90.
        expect: (c at: 80) ToBe: 80.
        expect: (c at: 90) ToBe: 90.
        expect: c size ToBe: 101.
        "copyRemoveAll: an empty map with no buckets; the original keeps its
         pairs."
        c: m copyRemoveAll.
        expect: c size ToBe: 0.
        expect: c capacity ToBe: 0.
        expectToBeFalse: (c contains: 60).
        c at: 60 Put: 'c'.
        expect: (m at: 60) ToBe: 60.
        expect: m size ToBe: 50 ).

    "The blocks given to at:IfAbsent:, remove:IfAbsent: and each: may return
     from the method that made them."
    testNonLocalReturns = ( | m |
        m: std hashMap copy.
        m at: 'a' Put: 1; at: 'b' Put: 2.
        expect: (lookUp: 'a' In: m) ToBe: 'found 1'.
        expect: (lookUp: 'z' In: m) ToBe: 'no z'.
        expect: (lookUp: 'z' In: std hashMap copy) ToBe: 'no z'.
        expect: (take: 'b' From: m) ToBe: 'took 2'.
        expect: (take: 'b' From: m) ToBe: 'no b'.
        expect: m size ToBe: 1.
        m at: 'c' Put: 3; at: 'd' Put: 4.
        expect: (firstKeyWith: 3 In: m) ToBe: 'c'.
        expect: (firstKeyWith: 5 In: m) ToBe: nil ).

    lookUp: key In: m = ( | v |
        v: (m at: key IfAbsent: [ ^ 'no ', key ]).
        'found ', v asString ).

    take: key From: m = ( | v |
        v: (m remove: key IfAbsent: [ ^ 'no ', key ]).
        'took ', v asString ).

    firstKeyWith: value In: m = (
        m each: [| :v. :key | v = value ifTrue: [ ^ key ] ].
        nil ).
|) run.

"deque.self: std deque and std traits deque, the ring-buffer double-ended
 queue (an extension of this world: docs/world.md, world/deque.self)."

(|
    parent* = std testing test.

    run = (
        testPrototype.
        testAddLastAndRemoveFirst.
        testAddFirstAndRemoveLast.
        testFirstAndLast.
        testGrowth.
        testWrapAround.
        testGrowthWhileWrapped.
        testRemovedSlotsAreCleared.
        testAccess.
        testRemove.
        testIteration.
        testCopying.
        testAsString.
        testInherited.
        testManyElements ).

    "Element i of d, read from its backing array (checks the ring layout)."
    rawOf: d At: i = (d items at: (d head + i) % d capacity).

    testPrototype = (
        expect: std deque size ToBe: 0.
        expect: std deque capacity ToBe: 0.
        expectToBeTrue: std deque isEmpty.
        expect: std deque head ToBe: 0.
        expect: std deque parent ToBeIdenticalTo: std traits deque ).

    testAddLastAndRemoveFirst = ( | d |
        d: std deque copyRemoveAll.
        expect: (d addLast: 1) ToBeIdenticalTo: d.
        expect: (d add: 2) ToBeIdenticalTo: d.
        d addLast: 3.
        expect: d size ToBe: 3.
        expectToBeFalse: d isEmpty.
        expect: d removeFirst ToBe: 1.
        expect: d shift ToBe: 2.
        expect: d removeFirst ToBe: 3.
        expect: d size ToBe: 0.
        expectToBeTrue: d isEmpty.
        "The prototype is not changed by its copies."
        expect: std deque size ToBe: 0.
        expect: std deque capacity ToBe: 0 ).

    testAddFirstAndRemoveLast = ( | d |
        d: std deque copyRemoveAll.
        expect: (d addFirst: 1) ToBeIdenticalTo: d.
        d addFirst: 2; addFirst: 3.
        expect: d size ToBe: 3.
        "Front to back: 3 2 1."
        expect: (d at: 0) ToBe: 3.
        expect: (d at: 2) ToBe: 1.
        expect: d removeLast ToBe: 1.
        expect: d removeLast ToBe: 2.
        expect: d removeLast ToBe: 3.
        expectToBeTrue: d isEmpty.
        "Mixed ends."
        d addLast: 'b'; addFirst: 'a'; addLast: 'c'.
        expect: d removeFirst ToBe: 'a'.
        expect: d removeLast ToBe: 'c'.
        expect: d removeLast ToBe: 'b'.
        expect: d size ToBe: 0 ).

    testFirstAndLast = ( | d |
        d: std deque copy.
        d add: 7.
        expect: d first ToBe: 7.
        expect: d last ToBe: 7.
        d add: 8; addFirst: 6.
        expect: d first ToBe: 6.
        expect: d last ToBe: 8.
        "first and last do not remove."
        expect: d size ToBe: 3 ).

    testGrowth = ( | d |
        d: std deque copyRemoveAll.
        expect: d capacity ToBe: 0.
        d add: 0.
        expect: d capacity ToBe: 4.
        1 to: 4 Do: [| :i | d add: i ].
        expect: d capacity ToBe: 4.
        d add: 4.
        expect: d capacity ToBe: 8.
        5 to: 10 Do: [| :i | d add: i ].
        expect: d capacity ToBe: 16.
        expect: d size ToBe: 10.
        0 to: 10 Do: [| :i | expect: (d at: i) ToBe: i ].
        "Growth from the front as well."
        d: std deque copyRemoveAll.
        0 to: 10 Do: [| :i | d addFirst: i ].
        expect: d capacity ToBe: 16.
        0 to: 10 Do: [| :i | expect: (d at: i) ToBe: 9 - i ] ).

    testWrapAround = ( | d |
        d: std deque copyRemoveAll.
        d add: 1; add: 2; add: 3; add: 4.
        expect: d capacity ToBe: 4.
        d removeFirst. d removeFirst.
        "Two free positions at the start of the array: these adds wrap."
        d add: 5; add: 6.
        expect: d capacity ToBe: 4.
        expect: d head ToBe: 2.
        expect: (d items at: 0) ToBe: 5.
        expect: (d items at: 1) ToBe: 6.
        expect: (d at: 0) ToBe: 3.
        expect: (d at: 3) ToBe: 6.
        expect: d last ToBe: 6.
        expect: d removeLast ToBe: 6.
        expect: d removeLast ToBe: 5.
        expect: d removeLast ToBe: 4.
        expect: d removeFirst ToBe: 3.
        expectToBeTrue: d isEmpty.
        "addFirst: on an empty deque at head 0 wraps to the end."
        d: std deque copyRemoveAll.
        d add: 1.
        d removeFirst.
        d addFirst: 9.
        expect: d first ToBe: 9.
        d: std deque copyRemoveAll.
        d add: 1; add: 2.
        d addFirst: 0.
        expect: d head ToBe: 3.
        expect: (d items at: 3) ToBe: 0.
        expect: d removeFirst ToBe: 0.
        expect: d removeFirst ToBe: 1.
        expect: d head ToBe: 1 ).

    testGrowthWhileWrapped = ( | d |
        d: std deque copyRemoveAll.
        d add: 1; add: 2; add: 3; add: 4.
        d removeFirst. d removeFirst. d removeFirst.
        d add: 5; add: 6; add: 7.
        "Full and wrapped: 4 5 6 7 with head 3."
        expect: d size ToBe: 4.
        expect: d head ToBe: 3.
        d add: 8.
        expect: d capacity ToBe: 8.
        expect: d head ToBe: 0.
        0 to: 5 Do: [| :i | expect: (d at: i) ToBe: i + 4 ].
        0 to: 5 Do: [| :i | expect: (rawOf: d At: i) ToBe: i + 4 ].
        "Growing from the front while wrapped keeps the order too."
        d: std deque copyRemoveAll.
        d add: 2; add: 3; add: 4.
        d addFirst: 1.
        expect: d size ToBe: 4.
        d addFirst: 0.
        expect: d capacity ToBe: 8.
        0 to: 5 Do: [| :i | expect: (d at: i) ToBe: i ] ).

    testRemovedSlotsAreCleared = ( | d. o |
        o: (| parent* = std traits clonable |).
        d: std deque copyRemoveAll.
        d add: o; add: o; add: o; addFirst: o.
        d removeFirst.
        d removeLast.
        expect: (d items at: 3) ToBe: nil.
        expect: (d items at: 2) ToBe: nil.
        d remove: 0.
        d removeAll.
        0 to: d capacity Do: [| :i | expect: (d items at: i) ToBe: nil ].
        expect: d size ToBe: 0 ).

    testAccess = ( | d |
        d: std deque copyRemoveAll.
        d add: 1; add: 2; add: 3.
        d removeFirst.
        d add: 4; add: 5.
        expect: (d at: 0) ToBe: 2.
        expect: (d at: 3) ToBe: 5.
        expect: (d at: 1 Put: 30) ToBeIdenticalTo: d.
        expect: (d at: 1) ToBe: 30.
        expect: (d at: 3 Put: 50) ToBeIdenticalTo: d.
        expect: (d at: 3) ToBe: 50.
        expect: d last ToBe: 50.
        expect: (d at: 4 IfAbsent: [ 'absent' ]) ToBe: 'absent'.
        expect: (d at: 1 negate IfAbsent: [ 'absent' ]) ToBe: 'absent'.
        expect: (d at: 0 IfAbsent: [ 'absent' ]) ToBe: 2.
        expect: d firstKey ToBe: 0.
        expect: d lastKey ToBe: 3 ).

    testRemove = ( | d |
        d: std deque copyRemoveAll.
        d add: 1; add: 2; add: 3; add: 4.
        d removeFirst. d removeFirst.
        d add: 5; add: 6.
        "3 4 5 6, wrapped. Removing key 1 moves the later elements forward."
        expect: (d remove: 1) ToBeIdenticalTo: d.
        expect: d size ToBe: 3.
        expect: (d at: 0) ToBe: 3.
        expect: (d at: 1) ToBe: 5.
        expect: (d at: 2) ToBe: 6.
        expect: (d remove: 3 IfAbsent: [ 'absent' ]) ToBe: 'absent'.
        expectToFail: [| :fail | d remove: 1 negate IfAbsent: fail ].
        expect: (d remove: 2 IfAbsent: [ 'absent' ]) ToBeIdenticalTo: d.
        expect: d last ToBe: 5.
        expect: d removeAll ToBeIdenticalTo: d.
        expectToBeTrue: d isEmpty.
        d add: 9.
        expect: d first ToBe: 9 ).

    testIteration = ( | d. seen. keys |
        d: std deque copyRemoveAll.
        d add: 1; add: 2; add: 3; add: 4.
        d removeFirst. d removeFirst.
        d add: 5; add: 6.
        seen: std vector copyRemoveAll.
        keys: std vector copyRemoveAll.
        expect: (d each: [| :element. :key | seen add: element. keys add: key ]) ToBeIdenticalTo: d.
        expect: seen ToBe: (3 & 4 & 5 & 6) asVector.
        expect: keys ToBe: (0 & 1 & 2 & 3) asVector.
        seen: std vector copyRemoveAll.
        expect: (d do: [| :element | seen add: element ]) ToBeIdenticalTo: d.
        expect: seen ToBe: (3 & 4 & 5 & 6) asVector.
        keys: std vector copyRemoveAll.
        d do: [| :element. :key | keys add: key ].
        expect: keys ToBe: (0 & 1 & 2 & 3) asVector.
        "An empty deque runs nothing."
        std deque copyRemoveAll each: [ _Error: 'ran' ].
        std deque copyRemoveAll do: [ _Error: 'ran' ] ).

    testCopying = ( | d. c. o |
        o: (| parent* = std traits clonable |).
        d: std deque copyRemoveAll.
        d add: 1; add: o.
        c: d copy.
        expect: c ToBe: d.
        expect: c ToNotBeIdenticalTo: d.
        expect: c items ToNotBeIdenticalTo: d items.
        expect: (c at: 1) ToBeIdenticalTo: o.
        "The two deques are independent."
        c add: 3.
        c removeFirst.
        expect: d size ToBe: 2.
        expect: d first ToBe: 1.
        expect: c size ToBe: 2.
        expect: c first ToBeIdenticalTo: o.
        d addFirst: 0.
        expect: c first ToBeIdenticalTo: o.
        expect: d copyRemoveAll size ToBe: 0.
        expect: d size ToBe: 3.
        "copy of the prototype is a fresh deque."
        c: std deque copy.
        c add: 1.
        expect: std deque size ToBe: 0 ).

    testAsString = ( | d |
        d: std deque copyRemoveAll.
        expect: d asString ToBe: '[]'.
        d add: 2; addFirst: 1; add: 3.
        expect: d asString ToBe: '[1, 2, 3]' ).

    testInherited = ( | d |
        d: std deque copyRemoveAll.
        d add: 1; add: 2; add: 3.
        expect: (d indexOf: 2) ToBe: 1.
        expect: (d indexOf: 9) ToBe: 1 negate.
        expect: (d fold: [| :a. :b | a + b ] Initial: 0) ToBe: 6.
        expect: d ToBe: (1 & 2 & 3) asVector.
        expect: d copyReverse asString ToBe: '[3, 2, 1]'.
        expect: (d findFirst: [| :e | e > 1 ] IfPresent: [| :k | k ] IfAbsent: [ 1 negate ]) ToBe: 1 ).

    "Many operations at both ends stay consistent (a queue that keeps
     wrapping and growing)."
    testManyElements = ( | d. next. expected |
        d: std deque copyRemoveAll.
        next: 0.
        expected: 0.
        0 to: 1000 Do: [| :i |
            d add: next.
            next: next + 1.
            d add: next.
            next: next + 1.
            expect: d removeFirst ToBe: expected.
            expected: expected + 1 ].
        expect: d size ToBe: 1000.
        expect: d capacity ToBe: 1024.
        [ d isEmpty ] whileFalse: [
            expect: d removeFirst ToBe: expected.
            expected: expected + 1 ].
        expect: expected ToBe: 2000 ).
|) run.

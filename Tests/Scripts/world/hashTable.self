"hashTable.self: std hashTable and std traits hashTable (world-api.md 14.1)."

(|
    parent* = std testing test.

    "Keys whose hashes all collide; they are told apart by id."
    collidingKey = (|
        parent* = std traits clonable.
        id <- 0.
        hash = (7).
        = other = (id = other id).
    |).

    keyWithId: n = (collidingKey clone id: n).

    run = (
        testBasics.
        testReplace.
        testGrowAndShrink.
        testCollisions.
        testRemovalKeepsProbeChains.
        testCopying.
        testStringsAndOtherItems.
        testEquality ).

    testBasics = ( | t. sum |
        "The prototype's slots: slots (an array), size and deletedSlots."
        expect: std hashTable slots parent ToBeIdenticalTo: std traits array.
        expect: std hashTable slots size ToBe: 0.
        expect: std hashTable deletedSlots ToBe: 0.
        t: std hashTable copy.
        expect: t size ToBe: 0.
        expect: t capacity ToBe: 0.
        expectToBeTrue: t isEmpty.
        expectToBeFalse: (t contains: 1).
        expect: (t at: 1 IfAbsent: [ 'absent' ]) ToBe: 'absent'.
        expect: (t remove: 1 IfAbsent: [ 'absent' ]) ToBe: 'absent'.
        expect: (t add: 1) ToBeIdenticalTo: t.
        t add: 2; add: 3.
        expect: t size ToBe: 3.
        expect: t capacity ToBe: 16.
        expectToBeFalse: t isEmpty.
        expectToBeTrue: (t contains: 2).
        expectToBeFalse: (t contains: 4).
        expect: (t at: 2) ToBe: 2.
        expect: (t at: 3 IfAbsent: [ 'absent' ]) ToBe: 3.
        expect: (t at: 3 Put: 3) ToBeIdenticalTo: t.
        expect: t size ToBe: 3.
        sum: 0.
        expect: (t each: [| :item. :key | sum: sum + (item * key) ]) ToBeIdenticalTo: t.
        expect: sum ToBe: 14.
        expect: (t remove: 2 IfAbsent: [ 'absent' ]) ToBe: 2.
        expect: t size ToBe: 2.
        expectToBeFalse: (t contains: 2).
        expect: (t remove: 3) ToBe: 3.
        expect: (t remove: 3 IfAbsent: [ 'absent' ]) ToBe: 'absent'.
        expectToFail: [| :fail | t remove: 3 IfAbsent: fail ].
        expectToFail: [| :fail | t at: 3 IfAbsent: fail ].
        expect: t size ToBe: 1.
        t add: 5 negate.
        expectToBeTrue: (t contains: 5 negate).
        expect: std hashTable size ToBe: 0 ).

    "Adding an item '=' to a stored one replaces it; the size does not
     change."
    testReplace = ( | t. first. second |
        t: std hashTable copy.
        first: (keyWithId: 1).
        second: (keyWithId: 1).
        t add: first.
        t add: second.
        expect: t size ToBe: 1.
        expect: (t at: (keyWithId: 1)) ToBeIdenticalTo: second.
        t: std hashTable copy.
        first: 'abc'.
        second: 'abc' copy.
        t add: first; add: second.
        expect: t size ToBe: 1.
        expect: (t at: 'abc') ToBeIdenticalTo: second ).

    "Grows to max(2 x capacity, 16) when (size + deleted) x 100 >=
     capacity x 60; shrinks to size x 2 when size > 16 and size x 100 <
     capacity x 20."
    testGrowAndShrink = ( | t |
        t: std hashTable copy.
        0 to: 10 Do: [| :i | t add: i ].
        expect: t capacity ToBe: 16.
        t add: 10.
        expect: t capacity ToBe: 32.
        11 to: 100 Do: [| :i | t add: i ].
        expect: t size ToBe: 100.
        expect: t capacity ToBe: 256.
        0 to: 100 Do: [| :i | expectToBeTrue: (t contains: i) ].
        expectToBeFalse: (t contains: 100).
        0 to: 48 Do: [| :i | t remove: i ].
        expect: t size ToBe: 52.
        expect: t capacity ToBe: 256.
        t remove: 48.
        expect: t size ToBe: 51.
        expect: t capacity ToBe: 102.
        49 to: 79 Do: [| :i | t remove: i ].
        expect: t size ToBe: 21.
        expect: t capacity ToBe: 102.
        t remove: 79.
        expect: t size ToBe: 20.
        expect: t capacity ToBe: 40.
        80 to: 100 Do: [| :i | expectToBeTrue: (t contains: i) ].
        80 to: 100 Do: [| :i | t remove: i ].
        expectToBeTrue: t isEmpty.
        expect: t capacity ToBe: 40 ).

    testCollisions = ( | t. a. b. c |
        t: std hashTable copy.
        a: (keyWithId: 1).
        b: (keyWithId: 2).
        c: (keyWithId: 3).
        t add: a; add: b; add: c.
        expect: t size ToBe: 3.
        expect: (t at: (keyWithId: 2)) ToBeIdenticalTo: b.
        expect: (t remove: (keyWithId: 1)) ToBeIdenticalTo: a.
        expectToBeTrue: (t contains: b).
        expectToBeTrue: (t contains: c).
        expectToBeFalse: (t contains: a).
        t add: a.
        expect: t size ToBe: 3.
        expect: (t at: a) ToBeIdenticalTo: a ).

    "Removed items leave tombstones, so items stored after them in a probe
     chain are still found; many removals and insertions keep working."
    testRemovalKeepsProbeChains = ( | t |
        t: std hashTable copy.
        1 through: 8 Do: [| :i | t add: (keyWithId: i) ].
        2 through: 7 Do: [| :i | t remove: (keyWithId: i) ].
        expectToBeTrue: (t contains: (keyWithId: 1)).
        expectToBeTrue: (t contains: (keyWithId: 8)).
        expect: t size ToBe: 2.
        0 to: 300 Do: [| :i |
            t add: (keyWithId: 100 + i).
            t remove: (keyWithId: 100 + i) ].
        expect: t size ToBe: 2.
        expectToBeTrue: (t contains: (keyWithId: 8)) ).

    testCopying = ( | t. c |
        t: std hashTable copy.
        t add: 1; add: 2.
        c: t copy.
        expect: c size ToBe: 2.
        c add: 3.
        c remove: 1.
        expect: t size ToBe: 2.
        expectToBeTrue: (t contains: 1).
        expectToBeFalse: (t contains: 3).
        c: t copyRemoveAll.
        expect: c size ToBe: 0.
        expect: c capacity ToBe: 0.
        expect: t size ToBe: 2 ).

    testStringsAndOtherItems = ( | t. single |
        t: std hashTable copy.
        "Long strings hash without overflowing (world-api.md 22)."
        t add: 'hello world'; add: 'The quick brown fox jumps over the lazy dog'.
        expectToBeTrue: (t contains: 'hello world').
        expectToBeFalse: (t contains: 'hello worlds').
        "Any object that answers hash and '=' can be stored."
        single: (| parent* = std traits singleton. hash = (42) |).
        t: std hashTable copy.
        t add: single.
        expectToBeTrue: (t contains: single).
        expect: (t at: single) ToBeIdenticalTo: single ).

    testEquality = ( | a. b |
        a: std hashTable copy.
        b: std hashTable copy.
        expectToBeTrue: a = b.
        a add: 1; add: 2.
        b add: 2; add: 1.
        expectToBeTrue: a = b.
        b add: 3.
        expectToBeFalse: a = b ).
|) run.

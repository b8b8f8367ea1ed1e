"hashSet.self: std hashSet and std traits hashSet (world-api.md 14.2)."

(|
    parent* = std testing test.

    setOf: c = (c asSet).

    run = (
        testBasics.
        testQuirkAt.
        testAsString.
        testOperations.
        testCopying ).

    testBasics = ( | s. sum |
        "A set wraps a hash table in its slot table."
        expect: std hashSet table parent ToBeIdenticalTo: std traits hashTable.
        s: std hashSet copy.
        expect: s size ToBe: 0.
        expect: s capacity ToBe: 0.
        expectToBeTrue: s isEmpty.
        expect: (s add: 1) ToBeIdenticalTo: s.
        s add: 2; add: 2; add: 'two'.
        expect: s size ToBe: 3.
        expect: s capacity ToBe: 16.
        expectToBeTrue: (s contains: 2).
        expectToBeTrue: (s contains: 'two').
        expectToBeFalse: (s contains: 3).
        expect: (s at: 3 Put: 3) ToBeIdenticalTo: s.
        expectToBeTrue: (s contains: 3).
        expect: (s remove: 3 IfAbsent: [ 'absent' ]) ToBe: 3.
        expect: (s remove: 3 IfAbsent: [ 'absent' ]) ToBe: 'absent'.
        expectToFail: [| :fail | s remove: 3 IfAbsent: fail ].
        s remove: 'two'.
        sum: 0.
        expect: (s each: [| :item. :key | sum: sum + item + key ]) ToBeIdenticalTo: s.
        expect: sum ToBe: 6.
        expect: std hashSet size ToBe: 0 ).

    testQuirkAt = ( | s |
        s: (setOf: 1 & 2).
        "Quirk: at:IfAbsent: and at: answer the set itself when present."
        expect: (s at: 1 IfAbsent: [ 'absent' ]) ToBeIdenticalTo: s.
        expect: (s at: 5 IfAbsent: [ 'absent' ]) ToBe: 'absent'.
        expect: (s at: 2) ToBeIdenticalTo: s ).

    testAsString = (
        expect: std hashSet asString ToBe: '{}'.
        expect: (std hashSet copy add: 42) asString ToBe: '{42}'.
        expect: (setOf: 1 & 2) asString size ToBe: 6.
        expectToBeTrue: ((setOf: 1 & 2) asString = '{1, 2}') || [ (setOf: 1 & 2) asString = '{2, 1}' ] ).

    testOperations = ( | a. b |
        a: (setOf: 1 & 2 & 3).
        b: (setOf: 3 & 4).
        expect: a + b ToBe: (setOf: 1 & 2 & 3 & 4).
        expect: (a && b) ToBe: (std hashSet copy add: 3).
        expect: (a ^^ b) ToBe: (setOf: 1 & 2 & 4).
        expect: a - b ToBe: (setOf: 1 & 2).
        expect: b - a ToBe: (std hashSet copy add: 4).
        "The operands are unchanged."
        expect: a ToBe: (setOf: 1 & 2 & 3).
        expect: b ToBe: (setOf: 3 & 4).
        expect: (a + b) ToNotBeIdenticalTo: a.
        expect: (a - std hashSet) ToBe: a.
        expect: (a && std hashSet) ToBe: std hashSet.
        "Equality is by membership."
        expectToBeTrue: (setOf: 1 & 2) = (setOf: 2 & 1).
        expectToBeFalse: (setOf: 1 & 2) = (setOf: 1 & 3).
        expectToBeFalse: (setOf: 1 & 2) = (setOf: 1 & 2 & 3) ).

    testCopying = ( | s. c |
        s: (setOf: 1 & 2).
        c: s copy.
        expect: c ToBe: s.
        c add: 3.
        expect: s size ToBe: 2.
        c: s copyRemoveAll.
        expect: c size ToBe: 0.
        c add: 9.
        expectToBeFalse: (s contains: 9) ).
|) run.

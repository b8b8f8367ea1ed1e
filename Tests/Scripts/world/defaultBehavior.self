"defaultBehavior.self: messages every object inheriting from the lobby
 understands (world-api.md 3)."

(|
    parent* = std testing test.

    run = (
        testValue.
        testBlockArity.
        testIdentityAndEquality.
        testClone.
        testSortKeyAndCollector ).

    testValue = ( | o |
        o: (| parent* = std traits clonable |).
        expect: 5 value ToBe: 5.
        expect: 'abc' value ToBe: 'abc'.
        expect: o value ToBeIdenticalTo: o.
        expect: nil value ToBeIdenticalTo: nil.
        expect: (5 value: 6) ToBe: 5.
        expect: (5 value: 6 With: 7) ToBe: 5.
        expect: (5 value: 6 With: 7 With: 8) ToBe: 5.
        expect: (5 value: 6 With: 7 With: 8 With: 9) ToBe: 5.
        expect: (5 value: 6 With: 7 With: 8 With: 9 With: 10) ToBe: 5.
        "Any object stands in for a block."
        expect: (true ifTrue: 1 False: 2) ToBe: 1.
        expect: (false ifTrue: 1 False: 2) ToBe: 2 ).

    testBlockArity = ( | b |
        "Extra arguments are dropped."
        expect: ([ 7 ] value: 1) ToBe: 7.
        expect: ([| :a | a ] value: 1 With: 2) ToBe: 1.
        expect: ([| :a. :b | a + b ] value: 1 With: 2 With: 3) ToBe: 3.
        expect: ([| :a. :b. :c | a + b + c ] value: 1 With: 2 With: 3 With: 4) ToBe: 6.
        expect: ([| :a. :b. :c. :d | d ] value: 1 With: 2 With: 3 With: 4 With: 5) ToBe: 4.
        expect: ([| :a | a ] value: 1 With: 2 With: 3 With: 4 With: 5) ToBe: 1.
        "Too few arguments: the block answers itself without running."
        b: [| :a. :c | _Error: 'must not run' ].
        expect: (b value: 1) ToBeIdenticalTo: b.
        expect: b value ToBeIdenticalTo: b ).

    testIdentityAndEquality = ( | o. p |
        o: (| parent* = std traits clonable. x <- 1 |).
        p: o clone.
        expectToBeTrue: o == o.
        expectToBeFalse: o == p.
        expectToBeTrue: o !== p.
        expectToBeFalse: o !== o.
        expectToBeTrue: o = o.
        expectToBeFalse: o = p.
        expectToBeTrue: o != p.
        expectToBeFalse: o != o.
        expectToBeTrue: 3 == 3.
        expectToBeFalse: 'a' == 'a'.
        expectToBeTrue: nil = nil.
        expectToBeTrue: true = true.
        expectToBeFalse: true = false.
        expectToBeTrue: nil != false ).

    testClone = ( | o. p. s |
        o: (| parent* = std traits clonable. x <- 1 |).
        p: o clone.
        p x: 2.
        expect: o x ToBe: 1.
        expect: p x ToBe: 2.
        expect: o copy x ToBe: 1.
        expect: o copy ToNotBeIdenticalTo: o.
        expect: 3 clone ToBe: 3.
        expect: 'abc' clone ToBe: 'abc'.
        "clonable copy is clone; singleton copy is self (world-api.md 6)."
        expect: std traits clonable copy ToNotBeIdenticalTo: std traits clonable.
        s: (| parent* = std traits singleton. x <- 1 |).
        expect: s copy ToBeIdenticalTo: s.
        expect: std traits singleton copy ToBeIdenticalTo: std traits singleton.
        expect: s clone ToNotBeIdenticalTo: s ).

    testSortKeyAndCollector = ( | comparator. c |
        comparator: [| :a. :b | 0 ].
        expect: comparator asSortKey comparator ToBeIdenticalTo: comparator.
        expect: comparator asSortKey parent ToBeIdenticalTo: std traits sortKeyFactory.
        c: 1 & 2.
        expect: c size ToBe: 2.
        expect: c value ToBe: 2.
        expect: c previous value ToBe: 1.
        c: (3 appendToCollector: (std collector copyFirst: 1)).
        expect: c asVector ToBe: (1 & 3) asVector.
        expect: ('a' & nil & true) size ToBe: 3 ).
|) run.

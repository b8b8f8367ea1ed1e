"sortKey.self: sort-key factories and sort keys (world-api.md 16)."

(|
    parent* = std testing test.

    "A comparator object (not a block): descending order."
    descending = (|
        parent* = std traits clonable.
        value: a With: b = (
            a > b
                ifTrue: [ 1 negate ]
                False: [ a < b ifTrue: [ 1 ] False: [ 0 ] ] ).
    |).

    run = (
        testDefaultFactory.
        testCustomComparators.
        testSorting ).

    testDefaultFactory = ( | three. five. otherThree |
        three: (std sortKeyFactory value: 3).
        five: (std sortKeyFactory value: 5).
        otherThree: (std sortKeyFactory value: 3).
        expect: three value ToBe: 3.
        expect: three parent ToBeIdenticalTo: std traits sortKey.
        expectToBeTrue: three < five.
        expectToBeFalse: five < three.
        expectToBeTrue: five > three.
        expectToBeTrue: three <= five.
        expectToBeTrue: three <= otherThree.
        expectToBeFalse: five <= three.
        expectToBeTrue: five >= three.
        expectToBeTrue: three >= otherThree.
        expectToBeTrue: three = otherThree.
        expectToBeFalse: three = five.
        expect: (std traits sortKeyFactory defaultComparator value: 1 With: 2) ToBe: 1 negate.
        expect: (std traits sortKeyFactory defaultComparator value: 2 With: 2) ToBe: 0.
        expect: (std traits sortKeyFactory defaultComparator value: 3 With: 2) ToBe: 1 ).

    testCustomComparators = ( | factory. key. byLength. assigned |
        factory: descending asSortKey.
        expect: factory comparator ToBeIdenticalTo: descending.
        expect: factory ToNotBeIdenticalTo: std sortKeyFactory.
        expectToBeTrue: (factory value: 5) < (factory value: 3).
        expectToBeTrue: (factory value: 3) > (factory value: 5).
        factory: (std sortKeyFactory copyComparator: descending).
        expectToBeTrue: (factory value: 9) <= (factory value: 1).
        key: (std sortKey copyComparator: descending Value: 4).
        expect: key value ToBe: 4.
        expect: key comparator ToBeIdenticalTo: descending.
        expectToBeTrue: key < (factory value: 2).
        "A block comparator: shorter strings first."
        byLength: [| :a. :b | a size < b size ifTrue: [ 1 negate ] False: [ a size > b size ifTrue: [ 1 ] False: [ 0 ] ] ] asSortKey.
        expectToBeTrue: (byLength value: 'zz') < (byLength value: 'aaa').
        expectToBeTrue: (byLength value: 'ab') = (byLength value: 'cd').
        "A factory's comparator is assignable; the prototype keeps its own."
        assigned: std sortKeyFactory copy.
        expect: (assigned comparator: descending) ToBeIdenticalTo: assigned.
        expectToBeTrue: (assigned value: 5) < (assigned value: 3).
        expectToBeTrue: (std sortKeyFactory value: 3) < (std sortKeyFactory value: 5).
        expect: (std sortKeyFactory comparator value: 1 With: 2) ToBe: 1 negate ).

    testSorting = ( | v |
        v: (3 & 1 & 4 & 1 & 5 & 9 & 2 & 6) asVector.
        v sortKey: descending asSortKey.
        expect: v ToBe: (9 & 6 & 5 & 4 & 3 & 2 & 1 & 1) asVector.
        v sortKey: std sortKeyFactory.
        expect: v ToBe: (1 & 1 & 2 & 3 & 4 & 5 & 6 & 9) asVector ).
|) run.

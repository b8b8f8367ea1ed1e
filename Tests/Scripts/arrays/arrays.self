"Arrays (language.md 11.4, primitives.md 3.5): mutable, fixed-size, 0-based,
 created only by _ArrayCopySize:FillingExtrasWith:."
(|
    parent* = std testing test.

    run = (
        testCopySizeFromArray.
        testAtPut.
        testClone.
        testTraits ).

    testCopySizeFromArray = ( | filler. a. b. c |
        filler: (| f = 1 |).
        a: (std array _ArrayCopySize: 3 FillingExtrasWith: filler).
        expect: a _ArraySize ToBe: 3.
        expectToBeTrue: ((a _ArrayAt: 0) _Eq: filler).
        expectToBeTrue: ((a _ArrayAt: 2) _Eq: filler).
        a _ArrayAt: 0 Put: 10.
        a _ArrayAt: 1 Put: 11.
        a _ArrayAt: 2 Put: 12.
        "Longer: the receiver's elements, then the filler."
        b: (a _ArrayCopySize: 5 FillingExtrasWith: 'x').
        expect: b _ArraySize ToBe: 5.
        expect: (b _ArrayAt: 0) ToBe: 10.
        expect: (b _ArrayAt: 2) ToBe: 12.
        expect: (b _ArrayAt: 3) ToBe: 'x'.
        expectToBeTrue: ((b _ArrayAt: 3) _Eq: (b _ArrayAt: 4)).
        "Shorter: truncated."
        c: (a _ArrayCopySize: 2 FillingExtrasWith: nil).
        expect: c _ArraySize ToBe: 2.
        expect: (c _ArrayAt: 1) ToBe: 11.
        "The copies are new arrays."
        expectToBeFalse: ((a _ArrayCopySize: 3 FillingExtrasWith: nil) _Eq: a).
        c _ArrayAt: 0 Put: 99.
        expect: (a _ArrayAt: 0) ToBe: 10 ).

    testAtPut = ( | a. inner |
        a: (std array _ArrayCopySize: 2 FillingExtrasWith: nil).
        expectToBeTrue: ((a _ArrayAt: 1 Put: 'v') _Eq: a).
        expect: (a _ArrayAt: 1) ToBe: 'v'.
        "Any value, including the array itself."
        a _ArrayAt: 0 Put: a.
        expectToBeTrue: ((a _ArrayAt: 0) _Eq: a).
        inner: (std array _ArrayCopySize: 1 FillingExtrasWith: 7).
        a _ArrayAt: 1 Put: inner.
        expect: ((a _ArrayAt: 1) _ArrayAt: 0) ToBe: 7 ).

    testClone = ( | elem. a. c |
        elem: (| e = 1 |).
        a: (std array _ArrayCopySize: 2 FillingExtrasWith: elem).
        c: a _Clone.
        expectToBeFalse: (c _Eq: a).
        expect: c _ArraySize ToBe: 2.
        expectToBeTrue: ((c _ArrayAt: 1) _Eq: elem).
        c _ArrayAt: 1 Put: 5.
        expectToBeTrue: ((a _ArrayAt: 1) _Eq: elem) ).

    testTraits = (
        expectToBeTrue: ((std array _ArrayCopySize: 4 FillingExtrasWith: 0) parent _Eq: std traits array) ).
|) run.

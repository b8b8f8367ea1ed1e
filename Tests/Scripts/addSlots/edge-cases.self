"_AddSlots: edge cases (language.md 11.7): children see slots added to their
 parent; merging an object into itself changes nothing; a method can replace
 itself while it runs (the running activation finishes normally, later sends
 find the new slot); an empty source changes nothing."
(|
    parent* = std testing test.

    run = (
        testChildrenSeeParentChanges.
        testSelfMerge.
        testMethodReplacesItself.
        testEmptySource ).

    testChildrenSeeParentChanges = ( | p. c1. c2 |
        p: (| a = 1 |).
        c1: (| parent* = p |).
        c2: (| parent* = p. b = 'own' |).
        p _AddSlots: (| b = 'inherited'. c <- 3 |).
        expect: c1 b ToBe: 'inherited'.
        expect: c2 b ToBe: 'own'.
        c1 c: 4.
        expect: c2 c ToBe: 4 ).

    testSelfMerge = ( | t |
        t: (| a <- 1. b = 2. p* = (| inherited = 3 |) |).
        t a: 10.
        expectToBeTrue: ((t _AddSlots: t) _Eq: t).
        expect: t a ToBe: 10.
        expect: t b ToBe: 2.
        expect: t inherited ToBe: 3 ).

    testMethodReplacesItself = ( | t |
        t: (| m = ( | before <- 'old' |
                _AddSlots: (| m = ('new') |).
                before , ' finished' ) |).
        expect: t m ToBe: 'old finished'.
        expect: t m ToBe: 'new' ).

    testEmptySource = ( | t |
        t: (| a <- 1 |).
        t _AddSlots: ().
        t _AddSlots: (| |).
        expect: t a ToBe: 1.
        t a: 2.
        expect: t a ToBe: 2 ).
|) run.

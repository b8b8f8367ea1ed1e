"target _AddSlots: source (language.md 11.7): answers the target itself;
 new slots are appended; every existing reference sees them, even when the
 number of assignable slots changes; values are shared, not copied."
(|
    parent* = std testing test.

    run = (
        testAnswersTarget.
        testExistingReferencesSeeNewSlots.
        testValuesShared.
        testAddedMethodsRunOnTarget.
        testReplaceValue ).

    testAnswersTarget = ( | t |
        t: (| a = 1 |).
        expectToBeTrue: ((t _AddSlots: (| b = 2 |)) _Eq: t).
        expect: t a ToBe: 1.
        expect: t b ToBe: 2 ).

    testExistingReferencesSeeNewSlots = ( | t. holder |
        t: (| a <- 1 |).
        holder: (| ref = t |).
        t _AddSlots: (| n <- 5. m <- 6. k = 7 |).
        expect: holder ref n ToBe: 5.
        expect: holder ref m ToBe: 6.
        expect: holder ref k ToBe: 7.
        holder ref n: 50.
        expect: t n ToBe: 50.
        expect: t a ToBe: 1.
        t a: 2.
        expect: holder ref a ToBe: 2 ).

    testValuesShared = ( | t. shared. source |
        t: ().
        shared: (| x <- 1 |).
        source: (| c = shared. v <- shared |).
        t _AddSlots: source.
        expectToBeTrue: (t c _Eq: shared).
        expectToBeTrue: (t v _Eq: shared).
        expectToBeTrue: (t c _Eq: source c).
        "The source keeps its own slots."
        t v: 3.
        expectToBeTrue: (source v _Eq: shared) ).

    testAddedMethodsRunOnTarget = ( | t |
        t: (| name = 'target' |).
        t _AddSlots: (| describe = ('I am ' , name) |).
        expect: t describe ToBe: 'I am target' ).

    testReplaceValue = ( | t |
        t: (| a <- 1. b = 2 |).
        t _AddSlots: (| a <- 10. b = 20 |).
        expect: t a ToBe: 10.
        expect: t b ToBe: 20 ).
|) run.

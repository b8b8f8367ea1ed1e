"The first matching slot in slot order wins (language.md 7.4, quirk 13.8).
 An assignable 'foo' matches 'foo:', a constant 'foo' does not, so a constant
 'foo' and a keyword method 'foo:' can live in one object."
(|
    parent* = std testing test.

    run = (
        testConstantAndKeywordMethodCoexist.
        testAssignableBeforeMethod.
        testMethodBeforeAssignable ).

    testConstantAndKeywordMethodCoexist = ( | o |
        o: (| foo = 1. foo: x = (x + 100) |).
        expect: o foo ToBe: 1.
        expect: (o foo: 2) ToBe: 102.
        expect: o foo ToBe: 1 ).

    "'foo <- 1' comes first, so 'foo:' is the assignment."
    testAssignableBeforeMethod = ( | o |
        o: (| foo <- 1. foo: x = ('method') |).
        expectToBeTrue: ((o foo: 2) _Eq: o).
        expect: o foo ToBe: 2 ).

    "The method comes first, so 'foo:' runs it and the slot keeps its value."
    testMethodBeforeAssignable = ( | o |
        o: (| foo: x = ('method'). foo <- 1 |).
        expect: (o foo: 2) ToBe: 'method'.
        expect: o foo ToBe: 1 ).
|) run.

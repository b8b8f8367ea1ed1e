"A replacing slot takes the source's kind (language.md 11.7): a constant can
 become assignable, an assignable slot constant, a data slot a method, and a
 plain slot a parent one."
(|
    parent* = std testing test.

    run = (
        testConstantBecomesAssignable.
        testAssignableBecomesConstant.
        testDataBecomesMethod.
        testPlainBecomesParent ).

    testConstantBecomesAssignable = ( | t |
        t: (| a = 1 |).
        t _AddSlots: (| a <- 2 |).
        expect: t a ToBe: 2.
        t a: 3.
        expect: t a ToBe: 3 ).

    testAssignableBecomesConstant = ( | t |
        t: (| a <- 1. a: x = ('method') |).
        "Before: 'a:' is the assignment (first matching slot)."
        expectToBeTrue: ((t a: 5) _Eq: t).
        t _AddSlots: (| a = 2 |).
        expect: t a ToBe: 2.
        "After: the constant does not match 'a:', so the method does."
        expect: (t a: 7) ToBe: 'method'.
        expect: t a ToBe: 2 ).

    testDataBecomesMethod = ( | t |
        t: (| n <- 4. twice = 0 |).
        t _AddSlots: (| twice = (n + n) |).
        expect: t twice ToBe: 8.
        t n: 5.
        expect: t twice ToBe: 10 ).

    "The reverse of parent-replaced-by-plain.error.self: a plain slot
     replaced by a parent slot of the same name starts to be inherited from."
    testPlainBecomesParent = ( | t. base |
        base: (| inherited = 'yes' |).
        t: (| p = base |).
        t _AddSlots: (| p* = base |).
        expect: t inherited ToBe: 'yes'.
        expectToBeTrue: (t p _Eq: base) ).
|) run.

"'name = (expr)' is a method, 'name = expr' is a constant (language.md 4.3,
 quirk 13.5). A constant initializer runs once; a method runs on every send."
(|
    parent* = std testing test.
    runs <- 0.

    bump = (
        runs: runs + 1.
        runs ).

    run = (
        testMethodRunsEverySend.
        testConstantRunsOnce.
        testStringMethodVersusConstant.
        testParenthesisedExpressionFollowedByMessageIsConstant.
        testObjectLiteralInitializers.
        testMethodWithSlotList ).

    "'m = (bump)' is a method: each send runs it again."
    testMethodRunsEverySend = ( | o. before |
        o: (| parent* = std traits clonable. owner. m = (owner bump) |).
        o owner: self.
        before: runs.
        o m.
        o m.
        o m.
        expect: runs - before ToBe: 3 ).

    "'k = bump' is a constant: the initializer ran exactly once, when the
     literal was evaluated, in the enclosing scope (self is this test)."
    testConstantRunsOnce = ( | before. o |
        before: runs.
        o: (| k = bump |).
        expect: runs - before ToBe: 1.
        expect: o k ToBe: runs.
        o k.
        o k.
        expect: runs - before ToBe: 1.
        expect: o k ToBe: before + 1 ).

    "A method whose body is a string literal makes a new string per send; a
     constant holds one string."
    testStringMethodVersusConstant = ( | o |
        o: (| m = ('abc'). k = 'abc' |).
        expect: o m ToBe: 'abc'.
        expectToBeFalse: (o m _Eq: o m).
        expectToBeTrue: (o k _Eq: o k).
        o m at: 0 Put: 65.
        expect: o m ToBe: 'abc'.
        o k at: 0 Put: 65.
        expect: o k ToBe: 'Abc' ).

    "A one-statement group followed by a message is a parenthesised
     expression, so the slot is a constant: it is computed once."
    testParenthesisedExpressionFollowedByMessageIsConstant = ( | before. o |
        before: runs.
        o: (| k = (bump) + 0. three = (3 max: 1) + 1 |).
        expect: runs - before ToBe: 1.
        o k.
        o k.
        expect: runs - before ToBe: 1.
        expect: o three ToBe: 4 ).

    "'k = (| x = 1 |) clone' is a constant holding the clone; 'e = ()' and
     'f = (| a |)' hold objects."
    testObjectLiteralInitializers = ( | o |
        o: (| k = (| x = 1 |) _Clone. e = (). f = (| a |) |).
        expect: o k x ToBe: 1.
        expectToBeTrue: (o k _Eq: o k).
        expectToBeTrue: (o e _Eq: o e).
        expectToBeTrue: (o f _Eq: o f).
        expectToBeTrue: (o f a _Eq: nil).
        o f a: 3.
        expect: o f a ToBe: 3 ).

    "A group with a slot list and a statement is a method; with a slot list
     and no statement it is an object literal."
    testMethodWithSlotList = ( | o |
        o: (| m = (| a <- 5 | a: a + 1. a). n = ( | a <- 5 | ) |).
        expect: o m ToBe: 6.
        expect: o m ToBe: 6.
        expect: o n a ToBe: 5.
        o n a: 7.
        expect: o n a ToBe: 7.
        expectToBeTrue: (o n _Eq: o n) ).
|) run.

"Precedence (language.md 6.1-6.4): unary before binary before keyword;
 chains of one binary selector are right-associative (quirk 13.1); unary
 messages after a binary argument bind to that argument; a binary send can be
 followed by one keyword message applying to the whole binary expression; a
 lowercase keyword inside an argument starts a nested message."
(|
    parent* = std testing test.

    probe = (|
        at: a = (a).
        at: a Put: b = ('both').
        foo: a = ('foo:' , a).
        foo: a Bar: b = ('foo:Bar:')
    |).

    putter = (| put: v = (v * 2). bar: v = ('bar:') |).

    run = (
        testUnaryLeftToRight.
        testBinaryRightAssociative.
        testUnaryBindsToBinaryArgument.
        testKeywordAfterBinary.
        testNestedKeywordMessages ).

    testUnaryLeftToRight = (
        expect: 3 succ succ negate ToBe: 5 negate ).

    testBinaryRightAssociative = ( | o |
        expect: 10 - 3 - 2 ToBe: 9.
        expect: 100 / 10 / 5 ToBe: 50.
        expect: 2 ** 3 ** 2 ToBe: 512.
        expect: 'a' , 'b' , 'c' ToBe: 'abc'.
        "A non-associative user-defined operator shows the grouping."
        o: (| parent* = std traits clonable. name <- ''. -> x = ((| parent* = std traits clonable. name = '(' , name , '>' , x name , ')' |)) |).
        expect: ((o clone name: 'a') -> (o clone name: 'b') -> (o clone name: 'c')) name
            ToBe: '(a>(b>c))' ).

    testUnaryBindsToBinaryArgument = (
        expect: 3 + 4 negate ToBe: 1 negate.
        expect: 3 + 4 succ ToBe: 8.
        expect: 3 succ + 4 succ ToBe: 9 ).

    testKeywordAfterBinary = (
        expect: (3 + 4 max: 10) ToBe: 10.
        expect: (3 + 8 max: 10) ToBe: 11.
        expect: (2 = 2 ifTrue: [ 'yes' ] False: [ 'no' ]) ToBe: 'yes' ).

    testNestedKeywordMessages = (
        "'x at: i put: v' is 'x at: (i put: v)'."
        expect: (probe at: putter put: 5) ToBe: 10.
        "'x at: i Put: v' is one message."
        expect: (probe at: putter Put: 5) ToBe: 'both'.
        "'a foo: b bar: c' is 'a foo: (b bar: c)'."
        expect: (probe foo: putter bar: 1) ToBe: 'foo:bar:'.
        expect: (probe foo: 'x' Bar: 1) ToBe: 'foo:Bar:' ).
|) run.

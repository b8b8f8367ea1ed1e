"Closures outlive the method that created them (language.md 7.3, defect
 recommendation): captured variables live as long as the block, and each
 activation has its own variables."
(|
    parent* = std testing test.

    makeCounter = ( | n <- 0 |
        [ n: n + 1. n ] ).

    adder: x = ([| :y | x + y ]).

    makePair = ( | n <- 0 |
        (| inc <- nil. get <- nil |) inc: [ n: n + 1 ]; get: [ n ] ).

    curried: a = ([| :b | [| :c | (a * 100) + ((b * 10) + c) ] ]).

    run = (
        testCounters.
        testCapturedArgument.
        testSharedCapture.
        testNestedCapture.
        testSelfAfterReturn ).

    testCounters = ( | c1. c2 |
        c1: makeCounter.
        c2: makeCounter.
        expect: c1 value ToBe: 1.
        expect: c1 value ToBe: 2.
        expect: c1 value ToBe: 3.
        expect: c2 value ToBe: 1.
        expect: c1 value ToBe: 4 ).

    testCapturedArgument = ( | add5. add7 |
        add5: adder: 5.
        add7: adder: 7.
        expect: (add5 value: 1) ToBe: 6.
        expect: (add7 value: 1) ToBe: 8.
        expect: (add5 value: 10) ToBe: 15 ).

    "Two blocks from one activation share its variables."
    testSharedCapture = ( | p |
        p: makePair.
        p inc value.
        p inc value.
        expect: p get value ToBe: 2.
        p inc value.
        expect: p get value ToBe: 3 ).

    testNestedCapture = ( | f. g |
        f: curried: 1.
        g: (f value: 2).
        expect: (g value: 3) ToBe: 123.
        expect: ((f value: 4) value: 5) ToBe: 145.
        expect: (g value: 9) ToBe: 129 ).

    testSelfAfterReturn = ( | b |
        b: selfCapturer.
        expectToBeTrue: (b value _Eq: self) ).

    selfCapturer = ([ self ]).
|) run.

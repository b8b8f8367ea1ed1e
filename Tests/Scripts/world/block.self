"block.self: std traits block (world-api.md 8)."

(|
    parent* = std testing test.

    run = (
        expect: loopUntilFive ToBe: 5.
        testBreak.
        testLoopBreak.
        expect: evensUpToTen ToBe: 5.
        testRestart.
        testWhile.
        testWhileWithNonLiteralBlocks.
        testMisc ).

    "loop runs until a non-local return."
    loopUntilFive = ( | i |
        i: 0.
        [
            i: i + 1.
            i = 5 ifTrue: [ ^ i ]
        ] loop ).

    testBreak = (
        expect: [| :exit | 1 ] break ToBe: 1.
        expect: [| :exit | exit value. 2 ] break ToBeIdenticalTo: nil.
        expect: [| :exit | exit value: 5. 2 ] break ToBeIdenticalTo: nil.
        "A receiver without arguments drops the exit block."
        expect: [ 3 ] break ToBe: 3 ).

    testLoopBreak = ( | i |
        i: 0.
        expect: [| :break |
            i: i + 1.
            i = 10 ifTrue: [ break value ] ] loopBreak
            ToBeIdenticalTo: nil.
        expect: i ToBe: 10.
        i: 0.
        [| :break |
            i: i + 1.
            i = 3 ifTrue: [ break value: 99 ] ] loopBreak.
        expect: i ToBe: 3 ).

    "loopContinue: the continue block abandons the current run."
    evensUpToTen = ( | i. evens |
        i: 0.
        evens: 0.
        [| :continue |
            i: i + 1.
            i > 10 ifTrue: [ ^ evens ].
            (i % 2) = 1 ifTrue: [ continue value ].
            evens: evens + 1 ] loopContinue ).

    testRestart = ( | runs |
        runs: 0.
        expect: [| :again |
            runs: runs + 1.
            runs < 3 ifTrue: [ again value ].
            99 ] restart
            ToBeIdenticalTo: nil.
        expect: runs ToBe: 3.
        runs: 0.
        [ runs: runs + 1 ] restart.
        expect: runs ToBe: 1 ).

    testWhile = ( | i |
        i: 0.
        expect: ([ i < 5 ] whileTrue: [ i: i + 1 ]) ToBeIdenticalTo: nil.
        expect: i ToBe: 5.
        i: 0.
        [ true ] whileTrue: [| :break |
            i: i + 1.
            i = 3 ifTrue: [ break value ] ].
        expect: i ToBe: 3.
        i: 0.
        expect: ([ i >= 5 ] whileFalse: [ i: i + 1 ]) ToBeIdenticalTo: nil.
        expect: i ToBe: 5.
        i: 0.
        [ false ] whileFalse: [| :break |
            i: i + 1.
            i = 4 ifTrue: [ break value ] ].
        expect: i ToBe: 4.
        "A false condition never runs the body."
        [ false ] whileTrue: [ _Error: 'must not run' ].
        [ true ] whileFalse: [ _Error: 'must not run' ] ).

    "The same loops with blocks held in variables, which a compiler cannot
     inline."
    testWhileWithNonLiteralBlocks = ( | i. condition. body. stop |
        i: 0.
        condition: [ i < 5 ].
        body: [ i: i + 1 ].
        expect: (condition whileTrue: body) ToBeIdenticalTo: nil.
        expect: i ToBe: 5.
        stop: [ i = 0 ].
        body: [ i: i - 1 ].
        expect: (stop whileFalse: body) ToBeIdenticalTo: nil.
        expect: i ToBe: 0.
        body: [| :break | i: i + 1. i = 7 ifTrue: [ break value ] ].
        condition: [ true ].
        condition whileTrue: body.
        expect: i ToBe: 7 ).

    testMisc = ( | b. c |
        b: [ 42 ].
        c: b copy.
        expect: c ToNotBeIdenticalTo: b.
        expect: c value ToBe: 42.
        expect: [] value ToBeIdenticalTo: nil.
        expect: ([| :a | a * 2 ] value: 4) ToBe: 8.
        expect: ([| :a. :x | a - x ] value: 4 With: 1) ToBe: 3 ).
|) run.

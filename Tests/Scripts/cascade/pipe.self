"'expr ; message' sends message to the value of expr: it is a pipe into the
 previous result, not a Smalltalk cascade (language.md 6.6, quirk 13.2)."
(|
    parent* = std testing test.

    run = (
        testUnaryPipe.
        testBinaryPipe.
        testKeywordPipe.
        testNotACascade.
        testChainsLeftToRight.
        testUnaryThenBinaryThenKeyword.
        testScopeIsTheEnclosingParenthesis.
        testEmptyPipe.
        testAssignmentPipe ).

    testUnaryPipe = (
        expect: (3; succ) ToBe: 4.
        expect: ('a' , 'b'; size) ToBe: 2.
        expect: (1 = 2; not) ToBe: true ).

    testBinaryPipe = (
        expect: (3 + 4; * 2) ToBe: 14 ).

    testKeywordPipe = (
        expect: (3 max: 5; max: 9) ToBe: 9.
        expect: (3 max: 5; succ) ToBe: 6.
        "The ';' ends the keyword argument: (10 max: 4) succ, not 10 max: 5."
        expect: (10 max: 4; succ) ToBe: 11 ).

    "A cascade would resend to the first receiver: 3 * 2 = 6, and 'got' would
     go to o. The pipe sends to the results."
    testNotACascade = ( | o |
        expect: (3 + 4; * 2) ToNotBe: 6.
        o: (| parent* = std traits clonable. wrap: s = ((| got = s |)). got = 'receiver' |).
        expect: (o wrap: 'x'; got) ToBe: 'x' ).

    testChainsLeftToRight = (
        expect: (3 succ; succ; negate) ToBe: 5 negate.
        expect: (2; * 3; + 1; * 10) ToBe: 70 ).

    "After ';' a unary message may be followed by binary and keyword parts."
    testUnaryThenBinaryThenKeyword = (
        expect: (3; succ + 1 max: 10) ToBe: 10.
        expect: (3; succ + 10 max: 10) ToBe: 14 ).

    testScopeIsTheEnclosingParenthesis = (
        expect: (3 + 4; * 2) + 1 ToBe: 15.
        expect: 1 + (3; succ) ToBe: 5 ).

    "A ';' with no message is accepted and changes nothing."
    testEmptyPipe = (
        expect: (3 succ;) ToBe: 4 ).

    "Assignment answers the receiver, so a pipe after it sets another slot."
    testAssignmentPipe = ( | p |
        p: (| x <- 0. y <- 0 |).
        p x: 3; y: 4.
        expect: p x ToBe: 3.
        expect: p y ToBe: 4 ).
|) run.

"Block slots (language.md 7.2, 7.3): a block's slot initializers are
 evaluated each time the block literal is evaluated; every invocation of that
 block object starts from those values; arguments and locals live in a new
 scope per invocation."
(|
    parent* = std testing test.

    makeBlock = ([| v <- std vector copyRemoveAll | v add: 1. v size ]).

    run = (
        testLocalsResetPerInvocation.
        testInitializerOncePerLiteralEvaluation.
        testArgumentsAndLocals ).

    testLocalsResetPerInvocation = ( | b |
        b: [| n <- 0 | n: n + 1. n ].
        expect: b value ToBe: 1.
        expect: b value ToBe: 1 ).

    "The vector is made when the literal is evaluated: both runs of one block
     object add to the same vector, a new evaluation makes a new one."
    testInitializerOncePerLiteralEvaluation = ( | b1. b2 |
        b1: makeBlock.
        expect: b1 value ToBe: 1.
        expect: b1 value ToBe: 2.
        b2: makeBlock.
        expect: b2 value ToBe: 1.
        expect: b1 value ToBe: 3 ).

    testArgumentsAndLocals = ( | b |
        b: [| :a. t <- 2 | t: t * a. t ].
        expect: (b value: 5) ToBe: 10.
        expect: (b value: 3) ToBe: 6 ).
|) run.

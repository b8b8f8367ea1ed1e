"Parse errors stop a script before it runs (language.md 3.1). Checked through
 _EvaluateStringIfFail:, which sends 'value' to the failure object when the
 code does not parse or compile (primitives.md 3.1). Each case also sets a
 lobby slot first, which must not happen: nothing of a bad script runs."
_AddSlots: (| regressionsTestRan <- false |).
(|
    parent* = std testing test.

    failure = (| value = ('failed') |).

    rejects: source = (
        regressionsTestRan: false.
        expect: (('regressionsTestRan: true. ' , source) _EvaluateStringIfFail: failure) ToBe: 'failed'.
        expectToBeFalse: regressionsTestRan ).

    accepts: source = (
        regressionsTestRan: false.
        ('regressionsTestRan: true. ' , source) _EvaluateStringIfFail: failure.
        expectToBeTrue: regressionsTestRan ).

    run = (
        rejects: '1 + 2 * 3'.
        rejects: '^ 3'.
        rejects: '[ ^ 1. 2 ] value'.
        rejects: '(| a = 1. a = 2 |)'.
        rejects: '(| m: a With: a = (a) |)'.
        rejects: '(| m = ( | p* = 3 | p ) |)'.
        rejects: '(| a = 1 | a)'.
        rejects: '{ }'.
        rejects: '0.1234567890'.
        rejects: '4611686018427387904'.
        rejects: '0123'.
        rejects: '(| _x = 1 |)'.
        rejects: '\'\\"\''.
        rejects: '\'unterminated'.
        rejects: 'Foo'.
        rejects: '_'.
        rejects: '(| m = (| a | a) foo |)'.
        rejects: '(| m = (1. 2) foo |)'.
        rejects: '[| :_x | 1 ]'.
        rejects: '3 _NoSuchPrimitiveHere'.
        rejects: 'at : 1'.
        "These must parse (language.md 2.6, 2.7, 3)."
        accepts: '0.123456789'.
        accepts: '4611686018427387903'.
        accepts: '(| m = (| a <- 1 | a) |)'.
        accepts: '[ ^ 1 ]'.
        accepts: '(| |)'.
        accepts: '3.'.
        accepts: '' ).
|) run.

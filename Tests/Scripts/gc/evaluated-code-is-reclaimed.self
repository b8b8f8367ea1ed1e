"Code is freed when nothing can run it any more (docs/memory.md): the code of
 an evaluated string goes after it ran, but what it defined stays runnable
 through full collections. The methods and blocks below come from evaluated
 strings whose own code is long gone when they run: an eagerly compiled
 method with a block, a method with a string-valued local (its method object
 is made at run time), a method compiled lazily only after the collections,
 the fallback block of an inlined ifTrue:False:, and a block kept in a slot.
 Thousands of evaluations in between reuse the freed memory."
_AddSlots: (| codeTestBlock <- nil |).
'_AddSlots: (| codeTestEager = ( [| :x | x + 1 ] value: 41 ) |)' _EvaluateStringIfFail: [ _Error: 'a definition did not evaluate' ].
'_AddSlots: (| codeTestLocal = (| s <- \'abc\' | s _ByteArraySize ) |)' _EvaluateStringIfFail: [ _Error: 'a definition did not evaluate' ].
'_AddSlots: (| codeTestLazy: n = ( n < 1 ifTrue: [ 0 ] False: [ n + (codeTestLazy: n - 1) ] ) |)' _EvaluateStringIfFail: [ _Error: 'a definition did not evaluate' ].
'_AddSlots: (| codeTestFallback: c = ( c ifTrue: [ \'yes\' ] False: [ \'no\' ] ) |)' _EvaluateStringIfFail: [ _Error: 'a definition did not evaluate' ].
'_AddSlots: (| codeTestInlineMethod = (| twice = ( 2 * 3 ) | twice + 1 ) |)' _EvaluateStringIfFail: [ _Error: 'a definition did not evaluate' ].
codeTestBlock: ('[| :y | y * 2 ]' _EvaluateStringIfFail: [ nil ]).
(|
    parent* = std testing test.

    "Old-space garbage past the full-collection threshold: a full collection."
    collectFully = (
        0 to: 10 Do: [| :i | std array _ArrayCopySize: 1000000 FillingExtrasWith: nil ] ).

    churn = ( | sum <- 0 |
        0 to: 3000 Do: [| :i |
            sum: sum + ('(| a = 3. m: x = ( x + a ) |) m: 4' _EvaluateStringIfFail: [ 0 ]) ].
        expect: sum ToBe: 21000 ).

    run = (
        expect: codeTestEager ToBe: 42.
        collectFully.
        churn.
        collectFully.
        expect: codeTestEager ToBe: 42.
        expect: codeTestLocal ToBe: 3.
        expect: (codeTestLazy: 10) ToBe: 55.
        expect: (codeTestBlock value: 21) ToBe: 42.
        expect: codeTestInlineMethod ToBe: 7.
        "A receiver that is not a boolean runs the fallback's blocks."
        expect: (codeTestFallback: (| ifTrue: t False: f = ( t value ) |)) ToBe: 'yes'.
        collectFully.
        churn.
        collectFully.
        expect: (codeTestFallback: (| ifTrue: t False: f = ( f value ) |)) ToBe: 'no'.
        expect: (codeTestLazy: 20) ToBe: 210.
        expect: (codeTestBlock value: 5) ToBe: 10 ).
|) run.

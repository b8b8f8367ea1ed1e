"Regression (issue 8, found by the fuzzers): a block literal as the bound of
 to:Do: crashed the compiler's capture analysis, which took it for the loop's
 body. It is an ordinary block: the loop fails at run time, when the counter is
 compared with it, and a block sent value as the bound is fine."
(|
    parent* = std testing test.

    sumTo: bound = ( | sum <- 0 | 1 to: bound Do: [| :i | sum: sum + i ]. sum ).
    sumToBlock = ( | sum <- 0 | 1 to: [ 4 ] value Do: [| :i | sum: sum + i ]. sum ).

    run = ( | failed <- false |
        '1 to: [ true ] Do: [| :i | i ]' _EvaluateStringIfFail: [ failed: true ].
        expectToBeTrue: failed.
        expect: sumToBlock ToBe: 6.
        expect: (sumTo: 4) ToBe: 6 ).
|) run.

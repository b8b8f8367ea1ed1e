"An integer primitive given a float argument computes in floats (this VM's
 extension, docs/numbers.md): the integer is converted to a float, and the
 comparisons are exact."
(|
    parent* = std testing test.

    run = (
        expect: (1 _IntAdd: 1.5) ToBe: 2.5.
        expect: (1 _IntSub: 1.5) ToBe: 0.5 negated.
        expect: (3 _IntMul: 1.5) ToBe: 4.5.
        expect: (3 _IntDiv: 2.0) ToBe: 1.5.
        expect: (3 _IntMod: 2.0) ToBe: 1.0.
        expectToBeTrue: (1 _IntLT: 1.5).
        expectToBeTrue: (2 _IntGT: 1.5).
        expectToBeTrue: (2 _IntEq: 2.0).
        expectToBeFalse: (2 _IntLT: 0.0 nan) ).
|) run.

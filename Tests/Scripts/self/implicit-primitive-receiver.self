"The receiver of a primitive sent without an explicit receiver is self, the
 real receiver and never the scope (language.md 8.1)."
(|
    parent* = std testing test.
    mark <- 'original'.

    cloneFromMethod = ( | local <- 1 |
        _Clone ).

    cloneFromBlock = ( | local <- 1 |
        [ [ _Clone ] value ] value ).

    eqSelf = ( | local <- 1 |
        _Eq: self ).

    run = ( | c |
        c: cloneFromMethod.
        expectToBeFalse: (c _Eq: self).
        expect: c mark ToBe: 'original'.
        c mark: 'changed'.
        expect: mark ToBe: 'original'.
        c: cloneFromBlock.
        expectToBeFalse: (c _Eq: self).
        expect: c mark ToBe: 'original'.
        expectToBeTrue: eqSelf ).
|) run.

"Object literals (language.md 4.4): a new object per evaluation; slot
 initializers run in the order written, in the enclosing scope: 'self' is the
 enclosing method's receiver, and the enclosing method's locals and arguments
 are readable."
(|
    parent* = std testing test.
    log <- ''.

    record: s = (
        log: log, s.
        s ).

    make = ((| a <- 0 |)).

    build: arg = ( | local <- 10 |
        local: local + 5.
        (| fromArg = arg. fromLocal <- local. me = self. sum = arg + local |) ).

    run = (
        testInitializerOrder.
        testEnclosingScope.
        testNewObjectPerEvaluation ).

    testInitializerOrder = (
        log: ''.
        (| c = record: 'c'. a = record: 'a'. b <- record: 'b' |).
        expect: log ToBe: 'cab' ).

    testEnclosingScope = ( | o |
        o: build: 7.
        expect: o fromArg ToBe: 7.
        expect: o fromLocal ToBe: 15.
        expect: o sum ToBe: 22.
        expectToBeTrue: (o me _Eq: self) ).

    testNewObjectPerEvaluation = ( | x. y |
        x: make.
        y: make.
        expectToBeFalse: (x _Eq: y).
        x a: 5.
        expect: y a ToBe: 0.
        expect: x a ToBe: 5 ).
|) run.

"At the top level, 'parent* = self' makes the lobby the parent (4.4, 10.2)."
((| p* = self |) p _Eq: lobby) ifFalse: [ _Error: 'top-level self in an initializer is not the lobby' ].
((| q = self |) q _Eq: self) ifFalse: [ _Error: 'top-level self in an initializer is not self' ].

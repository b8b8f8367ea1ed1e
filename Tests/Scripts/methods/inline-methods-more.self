"More inline methods (language.md 7.5, 7.6): an inline method's own locals
 start from their initial values on every activation; keyword inline methods
 take arguments and may call themselves; inline methods nest; blocks inside
 them see every enclosing scope; the receiver stays the same throughout."
(|
    parent* = std testing test.
    base = 1000.

    ownLocals = ( | helper = ( | t <- 0 | t: t + 1. t ) |
        helper + helper ).

    recursive = ( | fact: n = ( n <= 1 ifTrue: [ 1 ] False: [ n * (fact: n - 1) ] ) |
        fact: 10 ).

    nested = ( | total <- 0. outer = ( | inner = ( total: total + base. self ) | inner. inner. self ) |
        outer.
        total ).

    blocksInside: a = ( | local <- 5. helper: b = ( [| :c | (a + b) + (c + local) ] value: 3 ) |
        local: 6.
        helper: 20 ).

    selfInside = ( | helper = ( [ self ] value ) |
        helper ).

    run = (
        expect: ownLocals ToBe: 2.
        expect: recursive ToBe: 3628800.
        expect: nested ToBe: 2000.
        expect: (blocksInside: 100) ToBe: 129.
        expectToBeTrue: (selfInside _Eq: self) ).
|) run.

"Inside a block, self is the home method's receiver; a block reads and
 assigns the enclosing method's arguments and locals (language.md 7.3,
 7.5)."
(|
    parent* = std testing test.
    name = 'tester'.

    selfInBlock = ([ self ] value).
    selfInNestedBlock = ([ [ [ self ] value ] value ] value).
    implicitSendInBlock = ([ name ] value).

    argumentInBlock: a = ([| :b | a + b ] value: 1).

    assignInBlock = ( | total <- 0 |
        1 to: 5 Do: [| :i | total: total + i ].
        total ).

    run = ( | other |
        expectToBeTrue: (selfInBlock _Eq: self).
        expectToBeTrue: (selfInNestedBlock _Eq: self).
        expect: implicitSendInBlock ToBe: 'tester'.
        expect: (argumentInBlock: 41) ToBe: 42.
        expect: assignInBlock ToBe: 10.
        "A block created here and run by another object's method still has this
         test as self."
        other: (| runIt: b = (b value) |).
        expectToBeTrue: ((other runIt: [ self ]) _Eq: self) ).
|) run.

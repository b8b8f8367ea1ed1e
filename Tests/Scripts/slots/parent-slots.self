"Parent slots (language.md 4.2, 7.4): 'name* = expr' is a constant parent,
 'name* <- expr' an assignable parent that answers 'name:'; changing it
 changes what the object inherits. A parent slot can also be read by name."
(|
    parent* = std testing test.

    run = (
        testConstantParent.
        testAssignableParent.
        testParentReadableByName ).

    testConstantParent = ( | base. o |
        base: (| greeting = 'hello'. double: n = (n + n) |).
        o: (| p* = base |).
        expect: o greeting ToBe: 'hello'.
        expect: (o double: 21) ToBe: 42 ).

    testAssignableParent = ( | first. second. o |
        first: (| who = 'first' |).
        second: (| who = 'second' |).
        o: (| p* <- first |).
        expect: o who ToBe: 'first'.
        "The setter of an assignable parent answers the receiver (7.1)."
        expectToBeTrue: ((o p: second) _Eq: o).
        expect: o who ToBe: 'second'.
        o p: first.
        expect: o who ToBe: 'first' ).

    testParentReadableByName = ( | base. o |
        base: (| x = 1 |).
        o: (| p* = base. q* <- base |).
        expectToBeTrue: (o p _Eq: base).
        expectToBeTrue: (o q _Eq: base) ).
|) run.

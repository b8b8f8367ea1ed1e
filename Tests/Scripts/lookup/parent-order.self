"Parents are searched depth first in declaration order; own slots come first;
 the first parent that finds something wins, with no ambiguity error; a
 method found in a parent runs with the original receiver (language.md 7.4,
 7.5, quirk 13.8)."
(|
    parent* = std testing test.

    run = (
        testFirstParentWins.
        testOwnSlotsBeforeParents.
        testDepthFirst.
        testDiamond.
        testInheritedMethodRunsWithReceiver ).

    testFirstParentWins = ( | a. b. ab. ba |
        a: (| who = 'a' |).
        b: (| who = 'b' |).
        ab: (| p1* = a. p2* = b |).
        ba: (| p1* = b. p2* = a |).
        expect: ab who ToBe: 'a'.
        expect: ba who ToBe: 'b' ).

    testOwnSlotsBeforeParents = ( | o |
        o: (| p* = (| x = 'parent' |). x = 'own' |).
        expect: o x ToBe: 'own' ).

    "The first parent's grandparent is searched before the second parent."
    testDepthFirst = ( | o |
        o: (|
            first* = (| g* = (| x = 'deep' |) |).
            second* = (| x = 'shallow' |)
        |).
        expect: o x ToBe: 'deep' ).

    "Two parents that share an ancestor: allowed, and the ancestor's slots
     are found."
    testDiamond = ( | top. left. right. bottom |
        top: (| z = 'top' |).
        left: (| t* = top. l = 'left' |).
        right: (| t* = top. r = 'right' |).
        bottom: (| a* = left. b* = right |).
        expect: bottom z ToBe: 'top'.
        expect: bottom l ToBe: 'left'.
        expect: bottom r ToBe: 'right' ).

    testInheritedMethodRunsWithReceiver = ( | base. c1. c2 |
        base: (| describe = (name). me = (self) |).
        c1: (| p* = base. name = 'one' |).
        c2: (| p* = base. name = 'two' |).
        expect: c1 describe ToBe: 'one'.
        expect: c2 describe ToBe: 'two'.
        expectToBeTrue: (c1 me _Eq: c1) ).
|) run.

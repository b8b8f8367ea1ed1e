"Lookup results must follow changes to objects (language.md 7.4, 11.7): one
 send site, run repeatedly, must see slots added or replaced with
 _AddSlots:, an assignable parent switched to another object, a slot added
 to a parent that shadows a grandparent's, and the different receivers it
 meets."
(|
    parent* = std testing test.

    ask: o = (o who).

    run = (
        testAddedSlotSeenAtSameSite.
        testReplacedSlotSeenAtSameSite.
        testParentSwitchSeenAtSameSite.
        testShadowingSlotAddedToParent.
        testAssignableReplacedByMethod.
        testPolymorphicSite ).

    testAddedSlotSeenAtSameSite = ( | o. results |
        o: (| p* = (| who = 'parent' |) |).
        results: ''.
        0 to: 4 Do: [| :i |
            results: results , (ask: o).
            i = 1 ifTrue: [ o _AddSlots: (| who = 'own' |) ] ].
        expect: results ToBe: 'parentparentownown' ).

    testReplacedSlotSeenAtSameSite = ( | o. results |
        o: (| who = 'a' |).
        results: ''.
        0 to: 4 Do: [| :i |
            results: results , (ask: o).
            o _AddSlots: (| who = (i = 2) ifTrue: [ 'c' ] False: [ 'b' ] |) ].
        expect: results ToBe: 'abbc' ).

    testParentSwitchSeenAtSameSite = ( | a. b. o. results |
        a: (| who = 'A' |).
        b: (| who = 'B' |).
        o: (| p* <- nil |).
        results: ''.
        0 to: 6 Do: [| :i |
            o p: ((i % 2) = 0 ifTrue: [ a ] False: [ b ]).
            results: results , (ask: o) ].
        expect: results ToBe: 'ABABAB' ).

    testShadowingSlotAddedToParent = ( | grand. parentObj. child. results |
        grand: (| who = 'grand' |).
        parentObj: (| g* = grand |).
        child: (| p* = parentObj |).
        results: ''.
        0 to: 4 Do: [| :i |
            results: results , (ask: child).
            i = 1 ifTrue: [ parentObj _AddSlots: (| who = 'parent' |) ] ].
        expect: results ToBe: 'grandgrandparentparent' ).

    testAssignableReplacedByMethod = ( | o. log |
        o: (| parent* = std traits clonable. who <- 'x' |).
        log: ''.
        0 to: 4 Do: [| :i |
            o who: 'y'.
            log: log , o who.
            i = 1 ifTrue: [ o _AddSlots: (| who = ('m'). who: v = (self) |) ] ].
        expect: log ToBe: 'yymm' ).

    testPolymorphicSite = ( | objects. results |
        objects: (std array _ArrayCopySize: 5 FillingExtrasWith: nil).
        objects _ArrayAt: 0 Put: (| who = '0' |).
        objects _ArrayAt: 1 Put: (| p* = (| who = '1' |) |).
        objects _ArrayAt: 2 Put: (| who <- '2' |).
        objects _ArrayAt: 3 Put: (| who = ('3') |).
        objects _ArrayAt: 4 Put: (objects _ArrayAt: 0) _Clone.
        (objects _ArrayAt: 4) _AddSlots: (| who = '4' |).
        results: ''.
        0 to: 3 Do: [| :round |
            0 to: 5 Do: [| :i | results: results , (ask: (objects _ArrayAt: i)) ] ].
        expect: results ToBe: '012340123401234' ).
|) run.

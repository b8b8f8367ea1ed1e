"_RemoveSlotNamed: (this VM's extension for the REPL's live editing, docs/repl.md)
 removes one slot in place: the object keeps its identity, the other slots keep
 their values, sends that found the slot stop finding it (inline caches too), and a
 removed parent stops being searched. A missing slot is a runtime error."
_AddSlots: (| removalTarget. removalParent |).
(|
    parent* = std testing test.

    probe: o = ( o a ).

    fails: text = ( (text _EvaluateStringIfFail: [ 'failed' ]) = 'failed' ).

    run = ( | o. same. wide |
        o: (| a = 1. b <- 2. c <- 3 |).
        removalTarget: o.
        same: o.
        expect: (probe: o) ToBe: 1.
        o _RemoveSlotNamed: 'a'.
        expect: (o _Eq: same) ToBe: true.
        expect: o b ToBe: 2.
        expect: o c ToBe: 3.
        expect: (fails: 'removalTarget a') ToBe: true.
        o _RemoveSlotNamed: 'b'.
        expect: o c ToBe: 3.
        o c: 30.
        expect: o c ToBe: 30.
        expect: (fails: 'removalTarget b') ToBe: true.
        expect: (fails: 'removalTarget _RemoveSlotNamed: \'zork\'') ToBe: true.

        "Fields kept out of line (more than the object was made with)."
        wide: (| x <- 1 |).
        wide _AddSlots: (| y <- 2. z <- 3. w <- 4 |).
        wide _RemoveSlotNamed: 'y'.
        expect: wide x ToBe: 1.
        expect: wide z ToBe: 3.
        expect: wide w ToBe: 4.
        wide z: 33.
        expect: wide z ToBe: 33.

        "A removed parent is no longer searched."
        removalParent: (| parent* = (| inherited = 7 |). own = 8 |).
        expect: removalParent inherited ToBe: 7.
        removalParent _RemoveSlotNamed: 'parent'.
        expect: removalParent own ToBe: 8.
        expect: (fails: 'removalParent inherited') ToBe: true ).
|) run.

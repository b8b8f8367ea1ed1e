"_AddSlots: changes only its target (language.md 11.7). Clones share
 constant values with their original (11.6) but not the slots themselves:
 replacing a constant, adding a slot or changing a slot's kind on a clone (or
 on the original) must not show through the other."
(|
    parent* = std testing test.

    run = (
        testReplaceConstantOnClone.
        testReplaceConstantOnOriginal.
        testKindChangeOnClone.
        testParentReplacedOnClone ).

    testReplaceConstantOnClone = ( | o. c. d |
        o: (| k = 1. v <- 1 |).
        c: o _Clone.
        d: o _Clone.
        c _AddSlots: (| k = 2. extra = 3 |).
        expect: c k ToBe: 2.
        expect: c extra ToBe: 3.
        expect: o k ToBe: 1.
        expect: d k ToBe: 1 ).

    testReplaceConstantOnOriginal = ( | o. c |
        o: (| k = 1 |).
        c: o _Clone.
        o _AddSlots: (| k = 5 |).
        expect: o k ToBe: 5.
        expect: c k ToBe: 1 ).

    testKindChangeOnClone = ( | o. c |
        o: (| a <- 1 |).
        c: o _Clone.
        c _AddSlots: (| a = 'constant' |).
        expect: c a ToBe: 'constant'.
        o a: 2.
        expect: o a ToBe: 2.
        expect: c a ToBe: 'constant' ).

    testParentReplacedOnClone = ( | o. c |
        o: (| p* = (| who = 'first' |) |).
        c: o _Clone.
        c _AddSlots: (| p* = (| who = 'second' |) |).
        expect: c who ToBe: 'second'.
        expect: o who ToBe: 'first' ).
|) run.

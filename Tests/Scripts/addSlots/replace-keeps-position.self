"A replaced slot keeps its position; new slots are appended after the
 target's slots, in source order (language.md 11.7). Parent order makes the
 positions observable (7.4)."
(|
    parent* = std testing test.

    named: s = ((| who = s |)).

    run = (
        testReplacedParentStaysFirst.
        testAppendedParentComesLast.
        testSourceOrder ).

    "a* is first; replacing it must keep it first, so its 'who' still wins
     over b's. If it were removed and appended, b would win."
    testReplacedParentStaysFirst = ( | t |
        t: (| a* = named: 'a1'. b* = named: 'b' |).
        expect: t who ToBe: 'a1'.
        t _AddSlots: (| a* = named: 'a2' |).
        expect: t who ToBe: 'a2' ).

    testAppendedParentComesLast = ( | t |
        t: (| a* = named: 'a' |).
        t _AddSlots: (| b* = named: 'b' |).
        expect: t who ToBe: 'a' ).

    testSourceOrder = ( | t |
        t: ().
        t _AddSlots: (| c* = named: 'c'. d* = named: 'd' |).
        expect: t who ToBe: 'c'.
        t: ().
        t _AddSlots: (| d* = named: 'd'. c* = named: 'c' |).
        expect: t who ToBe: 'd' ).
|) run.

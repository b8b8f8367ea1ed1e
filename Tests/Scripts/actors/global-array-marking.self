"Marking an array globally reachable must not change its contents
 (actors.md 6.2: ZigSelf overwrites every element with the array itself).
 A three-element array assigned to a slot of the lobby keeps its elements,
 also when read in actor mode."
_AddSlots: (| actorsMarkedArray <- nil |).

(|
    parent* = std testing test.

    check = (
        expect: actorsMarkedArray size ToBe: 3.
        expect: (actorsMarkedArray at: 0) ToBe: 1.
        expect: (actorsMarkedArray at: 1) ToBe: 'two'.
        expect: ((actorsMarkedArray at: 2) at: 0) ToBe: 'three'.
        expectToBeFalse: ((actorsMarkedArray at: 1) _Eq: actorsMarkedArray).
        7 ).

    run = ( | a |
        a: (std array copySize: 3).
        a at: 0 Put: 1.
        a at: 1 Put: 'two'.
        a at: 2 Put: (std vector copy add: 'three').
        actorsMarkedArray: a.
        check.
        expect: (self _Genesis: 'check') ToBe: 7 ).
|) run.

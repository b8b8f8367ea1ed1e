"collector.self: std collector and '&' (world-api.md 15)."

(|
    parent* = std testing test.

    run = (
        testStructure.
        testFlattening.
        testAdd.
        testConversions.
        testEquality ).

    testStructure = ( | c |
        c: 1 & 2 & 3.
        expect: c size ToBe: 3.
        expect: c size ToBe: 3.
        expect: c value ToBe: 3.
        expect: c previous value ToBe: 2.
        expect: c previous previous value ToBe: 1.
        expect: c previous previous previous ToBeIdenticalTo: nil.
        expect: c parent ToBeIdenticalTo: std traits collector.
        "The size is cached in the assignable slot cachedSize."
        expect: c cachedSize ToBe: 3.
        expect: std collector previous ToBeIdenticalTo: nil.
        expect: std collector value ToBeIdenticalTo: nil.
        expect: std collector cachedSize ToBeIdenticalTo: nil.
        c: (std collector copyFirst: 'x').
        expect: c size ToBe: 1.
        expect: c value ToBe: 'x'.
        expect: c previous ToBeIdenticalTo: nil ).

    "Nested forms flatten in left-to-right order however they are grouped."
    testFlattening = (
        expect: (1 & 2 & 3) asVector ToBe: (std vector copy add: 1; add: 2; add: 3).
        expect: (1 & (2 & 3) & 4) asVector ToBe: (std vector copy add: 1; add: 2; add: 3; add: 4).
        expect: ((1 & 2) & (3 & 4)) asVector ToBe: (std vector copy add: 1; add: 2; add: 3; add: 4).
        expect: (((1 & 2) & 3) & 4) asVector ToBe: (std vector copy add: 1; add: 2; add: 3; add: 4).
        expect: ((1 & 2) & 3) size ToBe: 3 ).

    testAdd = ( | c. d |
        c: 1 & 2.
        d: (c add: 3).
        expect: d size ToBe: 3.
        expect: d value ToBe: 3.
        expect: d previous ToBeIdenticalTo: c.
        "The receiver is unchanged."
        expect: c size ToBe: 2.
        expect: c value ToBe: 2.
        expect: (c & 5) size ToBe: 3.
        expect: c size ToBe: 2.
        d: (5 appendToCollector: c).
        expect: d asVector ToBe: (1 & 2 & 5) asVector.
        d: ((3 & 4) appendToCollector: c).
        expect: d asVector ToBe: (1 & 2 & 3 & 4) asVector ).

    testConversions = ( | c. v. last. s |
        c: 'a' & 2 & true.
        v: c asVector.
        expect: v parent ToBeIdenticalTo: std traits vector.
        expect: v size ToBe: 3.
        expect: (v at: 0) ToBe: 'a'.
        expect: (v at: 2) ToBeIdenticalTo: true.
        expect: c asArray ToBe: v.
        expect: c asArray parent ToBeIdenticalTo: std traits array.
        s: (1 & 2 & 2 & 3) asSet.
        expect: s parent ToBeIdenticalTo: std traits hashSet.
        expect: s size ToBe: 3.
        v: std vector copy.
        last: (c collectInto: v).
        expect: last ToBeIdenticalTo: v.
        expect: v size ToBe: 3.
        "Quirk: flattenIntoString replaces the elements with their strings."
        c: 12 & 'ab' & nil & false.
        expect: c flattenIntoString ToBe: '12abnilfalse'.
        expect: c value ToBe: 'false'.
        expect: c previous previous previous value ToBe: '12' ).

    testEquality = ( | c |
        c: 1 & 2 & 3.
        expectToBeTrue: c = (1 & 2 & 3).
        expectToBeTrue: (1 & 'a') = (1 & 'a').
        expectToBeFalse: c = (1 & 2).
        expectToBeFalse: (1 & 2) = c.
        expectToBeFalse: c = (1 & 2 & 4).
        expect: c copy ToBe: c.
        expect: c copy ToNotBeIdenticalTo: c.
        expect: c copy size ToBe: 3 ).
|) run.

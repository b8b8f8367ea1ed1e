"_ArrayCopySize: 0 FillingExtrasWith: answers a new empty array whatever the
 receiver is (primitives.md 3.5): the lobby (implicit receiver), an integer,
 a string, nil, a block or a non-empty array."
(|
    parent* = std testing test.

    run = ( | a. b |
        a: (_ArrayCopySize: 0 FillingExtrasWith: nil).
        expect: a _ArraySize ToBe: 0.
        expectToBeTrue: (a parent _Eq: std traits array).
        b: (_ArrayCopySize: 0 FillingExtrasWith: nil).
        expectToBeFalse: (a _Eq: b).
        expect: (3 _ArrayCopySize: 0 FillingExtrasWith: 1) _ArraySize ToBe: 0.
        expect: ('abc' _ArrayCopySize: 0 FillingExtrasWith: 1) _ArraySize ToBe: 0.
        expect: (nil _ArrayCopySize: 0 FillingExtrasWith: 1) _ArraySize ToBe: 0.
        expect: ([] _ArrayCopySize: 0 FillingExtrasWith: 1) _ArraySize ToBe: 0.
        expect: (1.5 _ArrayCopySize: 0 FillingExtrasWith: 1) _ArraySize ToBe: 0.
        expect: ((std array _ArrayCopySize: 3 FillingExtrasWith: 1) _ArrayCopySize: 0 FillingExtrasWith: 1) _ArraySize ToBe: 0.
        "The result is a real array: it can be grown."
        expect: ((3 _ArrayCopySize: 0 FillingExtrasWith: nil) _ArrayCopySize: 2 FillingExtrasWith: 8) _ArraySize ToBe: 2 ).
|) run.

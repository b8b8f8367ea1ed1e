"_ByteArrayEq:, _ByteArrayConcatenate:, _ByteArrayCopySize:FillingExtrasWith:
 and _Clone (language.md 11.3, primitives.md 3.4)."
(|
    parent* = std testing test.

    run = (
        testEq.
        testConcatenate.
        testCopySize.
        testClone ).

    testEq = (
        expectToBeTrue: ('abc' _ByteArrayEq: 'abc').
        expectToBeTrue: ('' _ByteArrayEq: '').
        expectToBeFalse: ('abc' _ByteArrayEq: 'abd').
        expectToBeFalse: ('abc' _ByteArrayEq: 'ab').
        expectToBeFalse: ('ab' _ByteArrayEq: 'abc').
        expectToBeFalse: ('abc' _ByteArrayEq: 'ABC').
        "Not an error for non-byte-arrays: just false."
        expectToBeTrue: (('a' _ByteArrayEq: 97) _Eq: false).
        expectToBeTrue: (('' _ByteArrayEq: nil) _Eq: false).
        expectToBeTrue: (('' _ByteArrayEq: std array) _Eq: false).
        expectToBeTrue: (('abc' _ByteArrayEq: 'abc') _Eq: true) ).

    testConcatenate = ( | a. b. c |
        a: 'ab'.
        b: 'cd'.
        c: a _ByteArrayConcatenate: b.
        expect: c ToBe: 'abcd'.
        expectToBeFalse: (c _Eq: a).
        expect: a ToBe: 'ab'.
        expect: b ToBe: 'cd'.
        c _ByteAt: 0 Put: 120.
        expect: a ToBe: 'ab'.
        expect: ('' _ByteArrayConcatenate: '') _ByteArraySize ToBe: 0.
        expectToBeFalse: ((a _ByteArrayConcatenate: '') _Eq: a) ).

    testCopySize = ( | s |
        s: 'abcdef'.
        expect: (s _ByteArrayCopySize: 3 FillingExtrasWith: '-') ToBe: 'abc'.
        expect: (s _ByteArrayCopySize: 8 FillingExtrasWith: '-') ToBe: 'abcdef--'.
        expect: (s _ByteArrayCopySize: 6 FillingExtrasWith: '-') ToBe: 'abcdef'.
        expect: (s _ByteArrayCopySize: 0 FillingExtrasWith: '-') _ByteArraySize ToBe: 0.
        expect: ('' _ByteArrayCopySize: 3 FillingExtrasWith: '\x00') ToBe: '\x00\x00\x00'.
        expectToBeFalse: ((s _ByteArrayCopySize: 6 FillingExtrasWith: '-') _Eq: s).
        expect: s ToBe: 'abcdef' ).

    testClone = ( | s. c |
        s: 'xyz'.
        c: s _Clone.
        expectToBeFalse: (c _Eq: s).
        expect: c ToBe: 'xyz'.
        c _ByteAt: 2 Put: 65.
        expect: s ToBe: 'xyz' ).
|) run.

"Byte arrays (language.md 11.3, primitives.md 3.4): mutable, fixed-length,
 0-based; bytes read as integers 0-255; writes accept 0-255 and answer the
 receiver; every string literal evaluation makes a new byte array."
(|
    parent* = std testing test.

    run = (
        testSizeAndRead.
        testWrite.
        testNewPerEvaluation.
        testTraits ).

    testSizeAndRead = ( | s |
        s: 'abc'.
        expect: s _ByteArraySize ToBe: 3.
        expect: '' _ByteArraySize ToBe: 0.
        expect: (s _ByteAt: 0) ToBe: 97.
        expect: (s _ByteAt: 2) ToBe: 99.
        expect: ('\xff' _ByteAt: 0) ToBe: 255.
        expect: ('\x00' _ByteAt: 0) ToBe: 0 ).

    testWrite = ( | s |
        s: 'abc'.
        expectToBeTrue: ((s _ByteAt: 1 Put: 0) _Eq: s).
        expect: (s _ByteAt: 1) ToBe: 0.
        s _ByteAt: 1 Put: 255.
        expect: (s _ByteAt: 1) ToBe: 255.
        s _ByteAt: 0 Put: 65.
        s _ByteAt: 2 Put: 67.
        s _ByteAt: 1 Put: 66.
        expect: s ToBe: 'ABC'.
        expect: s _ByteArraySize ToBe: 3 ).

    literal = ('lit').

    testNewPerEvaluation = ( | a. b |
        a: literal.
        b: literal.
        expectToBeFalse: (a _Eq: b).
        a _ByteAt: 0 Put: 76.
        expect: b ToBe: 'lit'.
        expect: literal ToBe: 'lit' ).

    testTraits = (
        expectToBeTrue: ('x' parent _Eq: std traits string) ).
|) run.

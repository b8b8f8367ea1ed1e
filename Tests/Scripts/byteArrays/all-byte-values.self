"Byte arrays hold arbitrary bytes, including NUL and bytes that are not valid
 UTF-8; every primitive keeps them exactly (language.md 2.8, 11.3)."
(|
    parent* = std testing test.

    allBytes = ( | s |
        s: ('' _ByteArrayCopySize: 256 FillingExtrasWith: ' ').
        0 to: 256 Do: [| :i | s _ByteAt: i Put: i ].
        s ).

    checkAll: s From: offset = (
        0 to: 256 Do: [| :i | expect: (s _ByteAt: offset + i) ToBe: i ] ).

    run = ( | s. t |
        s: allBytes.
        checkAll: s From: 0.
        checkAll: s _Clone From: 0.
        checkAll: (s _ByteArrayCopySize: 300 FillingExtrasWith: '\x00') From: 0.
        t: ('\xff\xfe' _ByteArrayConcatenate: s).
        expect: t _ByteArraySize ToBe: 258.
        expect: (t _ByteAt: 0) ToBe: 255.
        expect: (t _ByteAt: 1) ToBe: 254.
        checkAll: t From: 2.
        expectToBeTrue: (s _ByteArrayEq: allBytes).
        expectToBeTrue: ('a\x00b' _ByteArrayEq: 'a\x00b').
        expectToBeFalse: ('a\x00b' _ByteArrayEq: 'a\x00c').
        expectToBeFalse: ('a\x00' _ByteArrayEq: 'a').
        expectToBeFalse: ('\xc3\xa9' _ByteArrayEq: '\xe9').
        expectToBeFalse: ('\xff' _ByteArrayEq: '\xfe').
        expect: 'a\x00b' _ByteArraySize ToBe: 3.
        expect: ('\xc3' , '\xa9') ToBe: 'é'.
        expect: ('' _ByteArrayCopySize: 2 FillingExtrasWith: '\xff') ToBe: '\xff\xff' ).
|) run.

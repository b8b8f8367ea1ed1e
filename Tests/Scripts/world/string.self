"string.self: std string and std traits string (world-api.md 12)."

(|
    parent* = std testing test.

    run = (
        testBasics.
        testPrinting.
        testEquality.
        testCopying.
        testJoin.
        testSplit.
        testSearch.
        testCopyFrom.
        testHash.
        testAsInteger.
        testInherited ).

    "A vector of the given strings."
    strings: c = (c asVector).

    testBasics = ( | s |
        expect: std string ToBe: ''.
        expect: 'abc' size ToBe: 3.
        expect: '' size ToBe: 0.
        expect: ('abc' at: 0) ToBe: 97.
        expect: ('\n' at: 0) ToBe: 10.
        expect: ('\xff' at: 0) ToBe: 255.
        s: 'abc' copy.
        expect: (s at: 1 Put: 66) ToBeIdenticalTo: s.
        expect: s ToBe: 'aBc'.
        s at: 0 Put: 0.
        expect: (s at: 0) ToBe: 0.
        expect: s asString ToBeIdenticalTo: s.
        expect: s filler ToBe: ' '.
        expect: 'abc' parent ToBeIdenticalTo: std traits string ).

    testPrinting = (
        expect: 'string test: print' print ToBeIdenticalTo: nil.
        expect: ' and printLine' printLine ToBeIdenticalTo: nil.
        expect: '' print ToBeIdenticalTo: nil ).

    testEquality = (
        expectToBeTrue: 'abc' = 'abc'.
        expectToBeFalse: 'abc' = 'abd'.
        expectToBeFalse: 'abc' = 'ab'.
        expectToBeTrue: '' = ''.
        expectToBeFalse: '3' = 3.
        expectToBeFalse: 'nil' = nil.
        expectToBeTrue: 'abc' != 'abd'.
        expectToBeFalse: 'abc' == 'abc' ).

    testCopying = ( | s. t |
        s: 'abc'.
        t: s copy.
        expect: t ToBe: s.
        expect: t ToNotBeIdenticalTo: s.
        t at: 0 Put: 120.
        expect: s ToBe: 'abc'.
        expect: 'ab', 'cd' ToBe: 'abcd'.
        expect: '', '' ToBe: ''.
        expect: 'a', 'b', 'c' ToBe: 'abc'.
        expect: s, '' ToNotBeIdenticalTo: s.
        expect: ('ab' copySize: 4) ToBe: 'ab  '.
        expect: ('abcd' copySize: 2) ToBe: 'ab'.
        expect: ('ab' copySize: 0) ToBe: ''.
        expect: ('ab' copySize: 4 FillingExtrasWith: 'x') ToBe: 'abxx'.
        expect: ('abcd' copySize: 3 FillingExtrasWith: 'x') ToBe: 'abc'.
        expect: 'abc' reverse ToBe: 'cba'.
        expect: 'ab' reverse ToBe: 'ba'.
        expect: '' reverse ToBe: ''.
        expect: s reverse ToNotBeIdenticalTo: s.
        expect: s ToBe: 'abc' ).

    testJoin = (
        expect: (', ' join: (strings: 'a' & 'b' & 'c')) ToBe: 'a, b, c'.
        expect: ('' join: (strings: 'a' & 'b' & 'c')) ToBe: 'abc'.
        expect: ('-' join: (std vector copy add: 'only')) ToBe: 'only'.
        expect: ('-' join: (std vector copy add: '')) ToBe: ''.
        expect: ('-' join: (strings: '' & '')) ToBe: '-'.
        expect: ('' join: std vector) ToBe: ''.
        expect: ('+' join: ('x' & 'yy' & 'z') asArray) ToBe: 'x+yy+z'.
        expect: ('.' join: (strings: 'a' & 'b' & 'c' & 'd' & 'e' & 'f' & 'g')) ToBe: 'a.b.c.d.e.f.g' ).

    testSplit = ( | pieces. collected. result |
        expect: ('a b c d' splitBy: ' ') ToBe: (strings: 'a' & 'b' & 'c' & 'd').
        expect: (' b c d' splitBy: ' ') ToBe: (strings: '' & 'b' & 'c' & 'd').
        expect: ('a b c ' splitBy: ' ') ToBe: (strings: 'a' & 'b' & 'c' & '').
        expect: (' a b c ' splitBy: ' a b') ToBe: (strings: '' & ' c ').
        expect: ('abcd' splitBy: '') ToBe: (strings: 'a' & 'b' & 'c' & 'd').
        expect: ('abc' splitBy: ',') ToBe: (std vector copy add: 'abc').
        expect: ('' splitBy: ',') ToBe: (std vector copy add: '').
        expect: ('a,,b' splitBy: ',') ToBe: (strings: 'a' & '' & 'b').
        expect: ('aaa' splitBy: 'aa') ToBe: (strings: '' & 'a').
        expect: ('a--b--' splitBy: '--') ToBe: (strings: 'a' & 'b' & '').
        expect: ('abc' splitBy: ' ') parent ToBeIdenticalTo: std traits vector.
        "CollectingInto: answers the collection."
        collected: std hashSet copy.
        expect: ('x,y,x' splitBy: ',' CollectingInto: collected) ToBeIdenticalTo: collected.
        expect: collected size ToBe: 2.
        expectToBeTrue: (collected contains: 'y').
        "Do: answers the receiver."
        pieces: std vector copy.
        result: 'one two' splitBy: ' ' Do: [| :piece | pieces add: piece ].
        expect: pieces ToBe: (strings: 'one' & 'two').
        expect: result ToBe: 'one two' ).

    testSearch = (
        expect: ('hello world' findSubstring: 'o' FromIndex: 0 IfPresent: [| :k | k ] IfAbsent: [ nil ]) ToBe: 4.
        expect: ('hello world' findSubstring: 'o' FromIndex: 5 IfPresent: [| :k | k ] IfAbsent: [ nil ]) ToBe: 7.
        expect: ('hello world' findSubstring: 'world' FromIndex: 0 IfPresent: [| :k | k ] IfAbsent: [ nil ]) ToBe: 6.
        expect: ('hello world' findSubstring: 'hello' FromIndex: 1 IfPresent: [| :k | k ] IfAbsent: [ 'none' ]) ToBe: 'none'.
        expect: ('hello' findSubstring: 'xyz' FromIndex: 0 IfPresent: [| :k | k ] IfAbsent: [ 'none' ]) ToBe: 'none'.
        expect: ('hello' findSubstring: 'hello!' FromIndex: 0 IfPresent: [| :k | k ] IfAbsent: [ 'none' ]) ToBe: 'none'.
        expect: ('hello' findSubstring: '' FromIndex: 3 IfPresent: [| :k | k ] IfAbsent: [ 'none' ]) ToBe: 3.
        expect: ('aab' findSubstring: 'ab' FromIndex: 0 IfPresent: [| :k | k ] IfAbsent: [ 'none' ]) ToBe: 1 ).

    testCopyFrom = (
        expect: ('hello' copyFrom: 1 Until: 3) ToBe: 'el'.
        expect: ('hello' copyFrom: 3 Until: 1) ToBe: 'el'.
        expect: ('hello' copyFrom: 2 Until: 2) ToBe: ''.
        expect: ('hello' copyFrom: 0 Until: 5) ToBe: 'hello'.
        expect: ('hello' copyFrom: 1 Size: 3) ToBe: 'ell'.
        expect: ('hello' copyFrom: 0 Size: 5) ToBe: 'hello'.
        expect: ('hello' copyFrom: 0 Size: 2) ToBe: 'he'.
        expect: ('hello' copyFrom: 4 Size: 0) ToBe: ''.
        "copyFrom: answers the bytes from the start to the end (ZigSelf's is
         off by one)."
        expect: ('hello' copyFrom: 2) ToBe: 'llo'.
        expect: ('hello' copyFrom: 1) ToBe: 'ello'.
        expect: ('hello' copyFrom: 0) ToBe: 'hello'.
        expect: ('hello' copyFrom: 5) ToBe: '' ).

    testHash = (
        "Jenkins' one-at-a-time hash, in 32 bits."
        expect: '' hash ToBe: 0.
        expect: 'a' hash ToBe: 3392050242.
        expect: 'hello world' hash ToBe: 1045060183.
        expect: 'The quick brown fox jumps over the lazy dog' hash ToBe: 1369346549.
        expect: 'abc' hash ToBe: 'abc' copy hash.
        expect: 'abc' hash ToNotBe: 'abd' hash.
        expectToBeTrue: ('\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff' hash >= 0) ).

    testAsInteger = (
        expect: '123' asInteger ToBe: 123.
        expect: '0' asInteger ToBe: 0.
        expect: '007' asInteger ToBe: 7.
        expect: '4611686018427387903' asInteger ToBe: ((2 ** 61) - 1) + (2 ** 61).
        expect: 'ff' asHexInteger ToBe: 255.
        expect: 'FF' asHexInteger ToBe: 255.
        expect: 'aBc' asHexInteger ToBe: 2748.
        expect: ('1010' asIntegerBase: 2) ToBe: 10.
        expect: ('z' asIntegerBase: 36) ToBe: 35.
        expect: ('Zz' asIntegerBase: 36) ToBe: 1295.
        expect: ('17' asIntegerBase: 8) ToBe: 15.
        "Quirk: digits not below the base are accepted."
        expect: ('9' asIntegerBase: 8) ToBe: 9.
        expect: '1a' asInteger ToBe: 20.
        expect: ('5' asIntegerBase: 0) ToBe: 5 ).

    testInherited = ( | bytes |
        bytes: std vector copy.
        'abc' each: [| :byte. :i | bytes add: byte + i ].
        expect: bytes ToBe: (97 & 99 & 101) asVector.
        expectToBeTrue: '' isEmpty.
        expectToBeFalse: 'a' isEmpty.
        expect: 'abc' firstKey ToBe: 0.
        expect: 'abc' lastKey ToBe: 2.
        expect: 'abc' copyReverse ToBe: 'cba'.
        expect: ('abc' indexOf: 99) ToBe: 2.
        expect: ('abc' indexOf: 100) ToBe: 1 negate.
        expect: ('abc' fold: [| :sum. :byte | sum + byte ] Initial: 0) ToBe: 294.
        expect: ('abc' findFirst: [| :byte | byte > 97 ] IfPresent: [| :k | k ] IfAbsent: [ nil ]) ToBe: 1.
        expect: ('abc' at: 5 IfAbsent: [ 'none' ]) ToBe: 'none' ).
|) run.

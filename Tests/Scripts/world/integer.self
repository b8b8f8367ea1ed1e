"integer.self: std traits integer (world-api.md 7)."

(|
    parent* = std testing test.

    run = (
        testArithmetic.
        testComparison.
        testBits.
        testSmallHelpers.
        testPower.
        testBitLength.
        testLoops.
        testStrings.
        testMisc ).

    "-2^62, the smallest integer."
    smallest = ((2 ** 61) negate * 2).
    "2^62 - 1, the largest integer."
    largest = (((2 ** 61) - 1) + (2 ** 61)).

    testArithmetic = (
        expect: 3 + 4 ToBe: 7.
        expect: 3 - 4 ToBe: 1 negate.
        expect: 6 * 7 ToBe: 42.
        "Chains of one operator are right-associative."
        expect: 10 - 3 - 2 ToBe: 9.
        "Division and modulo are floored."
        expect: 7 / 2 ToBe: 3.
        expect: 7 negate / 2 ToBe: 4 negate.
        expect: 7 / 2 negate ToBe: 4 negate.
        expect: 7 negate / 2 negate ToBe: 3.
        expect: 5 % 3 ToBe: 2.
        expect: 5 negate % 3 ToBe: 1.
        expect: 5 % 3 negate ToBe: 1 negate.
        expect: 5 negate % 3 negate ToBe: 2 negate.
        expect: 0 / 5 ToBe: 0.
        expect: largest + smallest ToBe: 1 negate ).

    testComparison = (
        expectToBeTrue: 3 < 4.
        expectToBeFalse: 4 < 4.
        expectToBeTrue: 5 > 4.
        expectToBeFalse: 4 > 4.
        expectToBeTrue: 4 <= 4.
        expectToBeTrue: 3 <= 4.
        expectToBeFalse: 5 <= 4.
        expectToBeTrue: 4 >= 4.
        expectToBeTrue: 5 >= 4.
        expectToBeFalse: 3 >= 4.
        expectToBeTrue: 4 = 4.
        expectToBeFalse: 4 = 5.
        expectToBeTrue: 4 != 5.
        expectToBeFalse: 4 != 4.
        "= answers false for non-integers."
        expectToBeFalse: 4 = '4'.
        expectToBeFalse: 4 = nil.
        expectToBeTrue: 4 != '4'.
        expectToBeTrue: smallest < largest ).

    testBits = (
        expect: 1 << 4 ToBe: 16.
        expect: 256 >> 4 ToBe: 16.
        expect: 16 negate >> 2 ToBe: 4 negate.
        expect: 5 << 0 ToBe: 5.
        "Left shifts wrap within 63 bits."
        expect: 1 << 62 ToBe: smallest.
        expect: (12 bitAnd: 10) ToBe: 8.
        expect: (12 bitOr: 10) ToBe: 14.
        expect: (12 bitXor: 10) ToBe: 6.
        expect: (1 negate bitAnd: 255) ToBe: 255 ).

    testSmallHelpers = (
        expect: 5 succ ToBe: 6.
        expect: 5 prec ToBe: 4.
        expect: 0 prec ToBe: 1 negate.
        expect: 5 negate ToBe: 0 - 5.
        expect: 5 negate negate ToBe: 5.
        expect: 0 negate ToBe: 0.
        expect: 5 abs ToBe: 5.
        expect: 5 negate abs ToBe: 5.
        expect: 0 abs ToBe: 0.
        expect: (3 max: 8) ToBe: 8.
        expect: (8 max: 3) ToBe: 8.
        expect: (3 min: 8) ToBe: 3.
        expect: (8 min: 3) ToBe: 3.
        expect: (3 negate max: 2 negate) ToBe: 2 negate.
        expect: 1 kib ToBe: 1024.
        expect: 2 mib ToBe: 2097152.
        expect: 1 gib ToBe: 1073741824.
        expect: 3 gib ToBe: 3221225472 ).

    testPower = (
        expect: 2 ** 10 ToBe: 1024.
        expect: 5 ** 0 ToBe: 1.
        expect: 0 ** 0 ToBe: 1.
        expect: 0 ** 3 ToBe: 0.
        expect: 7 ** 1 ToBe: 7.
        expect: 2 negate ** 3 ToBe: 8 negate.
        "Right-associative: 2 ** (3 ** 2)."
        expect: 2 ** 3 ** 2 ToBe: 512.
        expect: 2 ** 61 ToBe: (2 ** 60) * 2 ).

    testBitLength = (
        expect: 0 bitLength ToBe: 0.
        expect: 1 bitLength ToBe: 1.
        expect: 7 bitLength ToBe: 3.
        expect: 8 bitLength ToBe: 4.
        expect: 16 bitLength ToBe: 5.
        expect: 255 bitLength ToBe: 8.
        expect: (2 ** 60) bitLength ToBe: 61.
        expect: ((2 ** 61) - 1) bitLength ToBe: 61.
        "Quirk: negative numbers give 0."
        expect: 1 negate bitLength ToBe: 0.
        expect: smallest bitLength ToBe: 0 ).

    testLoops = ( | sum. seen. block |
        sum: 0.
        expect: (0 to: 5 Do: [| :i | sum: sum + i ]) ToBeIdenticalTo: nil.
        expect: sum ToBe: 10.
        seen: std vector copy.
        2 to: 5 Do: [| :i | seen add: i ].
        expect: seen ToBe: (2 & 3 & 4) asVector.
        sum: 0.
        3 to: 3 Do: [| :i | sum: sum + 1 ].
        5 to: 3 Do: [| :i | sum: sum + 1 ].
        expect: sum ToBe: 0.
        sum: 0.
        expect: (0 through: 4 Do: [| :i | sum: sum + i ]) ToBeIdenticalTo: nil.
        expect: sum ToBe: 10.
        sum: 0.
        3 through: 3 Do: [| :i | sum: sum + 1 ].
        expect: sum ToBe: 1.
        5 through: 3 Do: [| :i | sum: sum + 1 ].
        expect: sum ToBe: 1.
        "Negative ranges."
        seen: std vector copy.
        2 negate to: 1 Do: [| :i | seen add: i ].
        expect: seen ToBe: (2 negate & 1 negate & 0) asVector.
        "Blocks that are not literal arguments."
        sum: 0.
        block: [| :i | sum: sum + i ].
        0 to: 5 Do: block.
        1 through: 5 Do: block.
        expect: sum ToBe: 25 ).

    testStrings = (
        expect: (255 asStringBase: 16) ToBe: 'ff'.
        expect: (255 asStringBase: 2) ToBe: '11111111'.
        expect: (35 asStringBase: 36) ToBe: 'z'.
        expect: (36 asStringBase: 36) ToBe: '10'.
        expect: (0 asStringBase: 7) ToBe: '0'.
        expect: (255 negate asStringBase: 16) ToBe: '-ff'.
        expect: (8 asStringBase: 8) ToBe: '10'.
        expect: 123 asString ToBe: '123'.
        expect: 0 asString ToBe: '0'.
        expect: 45 negate asString ToBe: '-45'.
        expect: 1000000 asString ToBe: '1000000'.
        expect: largest asString ToBe: '4611686018427387903'.
        expect: largest asHexString ToBe: '3fffffffffffffff'.
        expect: (smallest + 1) asString ToBe: '-4611686018427387903'.
        expect: 255 asHexString ToBe: 'ff'.
        expect: 4096 asHexString ToBe: '1000'.
        expect: 0 asHexString ToBe: '0' ).

    testMisc = (
        expect: 42 asInteger ToBe: 42.
        expect: 42 hash ToBe: 42.
        expect: 42 negate hash ToBe: 42 negate.
        expect: 42 copy ToBeIdenticalTo: 42.
        expect: 42 value ToBe: 42.
        expect: 42 parent ToBeIdenticalTo: std traits integer ).
|) run.

import BigInt
import SelfNumerics
import Testing

/// Printing and parsing in every radix: against the oracle on moderate sizes, round trips on
/// large ones (where the divide-and-conquer paths run), and the parser's rejections.
@Suite struct TextTests {
    @Test func smallValues() {
        #expect(BigInteger(0).toString() == "0")
        #expect(BigInteger(-1).toString() == "-1")
        #expect(BigInteger(Int64.min).toString() == "-9223372036854775808")
        #expect(BigInteger(UInt64.max).toString(radix: 16) == "ffffffffffffffff")
        #expect(BigInteger(UInt64.max).toString(radix: 2) == String(repeating: "1", count: 64))
        #expect(BigInteger(-35).toString(radix: 36) == "-z")
        #expect((BigInteger(1) << 64).toString() == "18446744073709551616")
        #expect((BigInteger(1) << 64).toString(radix: 36) == "3w5e11264sgsg")
        #expect(BigInteger(-255).description == "-255")
        #expect(BigInteger(10).power(40).toString() == "1" + String(repeating: "0", count: 40))
    }

    @Test func againstOracle() {
        var random = SplitMix64(seed: 41)
        var values = edgeValues.filter { $0.limbs.count <= 70 }
        for _ in 0..<150 { values.append(random.integer(upTo: 12)) }
        for count in [19, 20, 21, 22, 39, 40, 41, 42, 80, 81, 170] { values.append(random.integer(count: count)) }
        for (index, x) in values.enumerated() {
            for radix in 2...36 where (index + radix) % 5 == 0 || radix == 10 || radix == 16 {
                let expected = String(oracle(x), radix: radix)
                #expect(x.toString(radix: radix) == expected, "radix \(radix), \(x.limbs.count) limbs")
                let upper = String(oracle(x), radix: radix, uppercase: true)
                #expect(BigInteger(parsing: upper.utf8, radix: radix) == x)
                #expect(BigInteger(parsing: expected.utf8, radix: radix) == x)
            }
        }
    }

    @Test func roundTripEveryRadix() {
        var random = SplitMix64(seed: 42)
        for radix in 2...36 {
            for count in [0, 1, 2, 3, 45, 90 + radix] {
                let x = random.integer(count: count)
                let text = x.toString(radix: radix)
                #expect(BigInteger(parsing: text.utf8, radix: radix) == x, "radix \(radix), \(count) limbs")
                #expect(x.asciiDigits(radix: radix) == Array(text.utf8))
            }
        }
        for count in [700, 2100] {
            let x = random.integer(count: count)
            for radix in [3, 10, 16, 36] {
                #expect(BigInteger(parsing: x.toString(radix: radix).utf8, radix: radix) == x, "\(count) limbs")
            }
        }
    }

    /// Digit strings with long runs of zeros and nines cross the recursive splits.
    @Test func paddingAcrossSplits() {
        let ten = BigInteger(10)
        for digits in [380, 760, 761, 1520, 3000, 6100] {
            let p = ten.power(UInt(digits))
            for x in [p, p - 1, p + 1, p * 7 + 12345, -(p + 1)] {
                let text = x.toString()
                #expect(BigInteger(parsing: text.utf8) == x)
                #expect(text.utf8.count == String(oracle(x)).utf8.count)
            }
            #expect(p.toString() == "1" + String(repeating: "0", count: digits))
            #expect((p - 1).toString() == String(repeating: "9", count: digits))
        }
        let x = BigInteger(parsing: ("123" + String(repeating: "0", count: 1000) + "456").utf8)!
        #expect(x == BigInteger(123) * ten.power(1003) + 456)
        #expect(x.toString() == "123" + String(repeating: "0", count: 1000) + "456")
    }

    @Test func parserRejections() {
        let invalid = ["", "-", "+1", " 1", "1 ", "1_000", "--1", "1-", "0x10", "١", "12.5", "é"]
        for text in invalid { #expect(BigInteger(parsing: text.utf8) == nil, "\(text)") }
        #expect(BigInteger(parsing: "2".utf8, radix: 2) == nil)
        #expect(BigInteger(parsing: "z".utf8, radix: 35) == nil)
        #expect(BigInteger(parsing: "Z".utf8, radix: 36) == 35)
        #expect(BigInteger(parsing: "g".utf8, radix: 16) == nil)
        #expect(BigInteger(parsing: "[".utf8, radix: 36) == nil)
        #expect(BigInteger(parsing: "@".utf8, radix: 36) == nil)
        #expect(BigInteger(parsing: "`".utf8, radix: 36) == nil)
        #expect(BigInteger(parsing: "-0".utf8) == 0)
        #expect(BigInteger(parsing: "-0".utf8)?.negative == false)
        #expect(BigInteger(parsing: "000123".utf8) == 123)
        #expect(BigInteger(parsing: [UInt8](repeating: UInt8(ascii: "0"), count: 5000)) == 0)
        let long = String(repeating: "7", count: 3000)
        #expect(BigInteger(parsing: (long + "x").utf8) == nil)
        // A non-contiguous collection.
        #expect(BigInteger(parsing: "-98765".utf8.lazy.map { $0 }, radix: 10) == -98765)
    }
}

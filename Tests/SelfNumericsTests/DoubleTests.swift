import SelfNumerics
import Testing

/// Conversions to and from Double. The reference for rounding is Swift's own correctly
/// rounded conversions: `Double(_: Int64)`, `Double(_: UInt64)`, and `Double(_: String)`.
@Suite struct DoubleTests {
    @Test func fromDouble() {
        #expect(BigInteger(0.0) == 0)
        #expect(BigInteger(-0.0) == 0)
        #expect(BigInteger(0.999) == 0)
        #expect(BigInteger(-0.999) == 0)
        #expect(BigInteger(1.5) == 1)
        #expect(BigInteger(-1.5) == -1)
        #expect(BigInteger(-2.5e9) == -2_500_000_000)
        #expect(BigInteger(9007199254740993.0) == 9_007_199_254_740_992)
        #expect(BigInteger(0x1p63) == BigInteger(UInt64(1) << 63))
        #expect(BigInteger(0x1p64) == BigInteger(1) << 64)
        #expect(BigInteger(-0x1.8p100) == -(BigInteger(3) << 99))
        #expect(BigInteger(Double.greatestFiniteMagnitude) == (BigInteger(1) << 1024) - (BigInteger(1) << 971))
        #expect(BigInteger(exactly: 2.5) == nil)
        #expect(BigInteger(exactly: Double.infinity) == nil)
        #expect(BigInteger(exactly: Double.nan) == nil)
        #expect(BigInteger(exactly: -1e20) == BigInteger(parsing: "-100000000000000000000".utf8))
        #expect(BigInteger(exactly: Double.leastNonzeroMagnitude) == nil)
        var random = SplitMix64(seed: 61)
        for _ in 0..<500 {
            let d = Double(bitPattern: random.next() & 0x7FEF_FFFF_FFFF_FFFF) * (random.next() % 2 == 0 ? 1 : -1)
            let x = BigInteger(d)
            #expect(x.asDouble == d.rounded(.towardZero))
            if d.magnitude < 0x1p62 { #expect(x.asInt64 == Int64(d)) }
        }
    }

    @Test func toDouble() {
        #expect(BigInteger(0).asDouble == 0)
        #expect(BigInteger(-3).asDouble == -3)
        #expect((BigInteger(1) << 1024).asDouble == .infinity)
        #expect((-(BigInteger(1) << 1024)).asDouble == -.infinity)
        #expect(((BigInteger(1) << 1024) - 1).asDouble == .infinity)  // Rounds up past the largest.
        let largest = (BigInteger(1) << 1024) - (BigInteger(1) << 971)
        #expect(largest.asDouble == .greatestFiniteMagnitude)
        #expect((largest + (BigInteger(1) << 969)).asDouble == .greatestFiniteMagnitude)
        #expect((largest + (BigInteger(1) << 970)).asDouble == .infinity)  // A tie rounds to even: up.
        // Ties to even just above 2^53, and a sticky bit far below.
        let twoTo53 = BigInteger(1) << 53
        #expect((twoTo53 + 1).asDouble == 0x1p53)
        #expect((twoTo53 + 3).asDouble == 0x1p53 + 4)
        let tie = (twoTo53 + 1) << 100
        #expect(tie.asDouble == 0x1p153)
        #expect((tie + 1).asDouble == 0x1p153 + 0x1p101)
        var random = SplitMix64(seed: 62)
        for _ in 0..<400 {
            let a = Int64(bitPattern: random.limb()) >> (random.next() % 64)
            #expect(BigInteger(a).asDouble == Double(a))
            let u = random.limb()
            #expect(BigInteger(u).asDouble == Double(u))
            let x = random.integer(upTo: 17)
            #expect(x.asDouble == Double(x.toString()), "\(x)")
        }
    }
}

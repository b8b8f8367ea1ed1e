import BigInt
import SelfNumerics
import Testing

/// Bitwise operations and shifts: two's complement on Int64 values, Python's results on
/// hand-picked negatives, identities on large values, the oracle on non-negative ones.
@Suite struct BitwiseTests {
    @Test func pythonValues() {
        #expect(BigInteger(-5) & 3 == 3)
        #expect(BigInteger(-5) | 3 == -5)
        #expect(BigInteger(-5) ^ 3 == -8)
        #expect(BigInteger(-5) >> 1 == -3)
        #expect(BigInteger(-1) >> 100 == -1)
        #expect(BigInteger(-1) << 3 == -8)
        #expect(~BigInteger(0) == -1)
        #expect(~BigInteger(-1) == 0)
        #expect(BigInteger(-5).bitLength == 3)
        #expect(BigInteger(0).bitLength == 0)
        #expect(BigInteger(255).bitLength == 8)
        let twoTo64 = BigInteger(1) << 64
        #expect(-twoTo64 & (twoTo64 - 1) == 0)  // -(2^64) & (2^64 − 1)
        #expect(-twoTo64 | 1 == -twoTo64 + 1)
        #expect((-twoTo64 - 1) & twoTo64 == 0)  // -(2^64 + 1) = …1110111…1, the 2^64 bit clear
        #expect((-twoTo64 - 1) & (twoTo64 << 1) == twoTo64 << 1)
        #expect((-(BigInteger(1) << 200)) >> 199 == -2)
        #expect((-(BigInteger(1) << 200) - 1) >> 199 == -3)
        #expect((-(BigInteger(1) << 200) + 1) >> 199 == -2)
        #expect((-(BigInteger(1) << 200) + 1) >> 200 == -1)
        #expect(BigInteger(-12345) & BigInteger(-67890) == BigInteger(-12345 & -67890))
        #expect(BigInteger(3) >> -2 == 12)
        #expect(BigInteger(12) << -2 == 3)
    }

    @Test func int64TwosComplement() {
        var random = SplitMix64(seed: 31)
        for _ in 0..<1000 {
            let a = Int64(bitPattern: random.limb()) >> (random.next() % 64)
            let b = Int64(bitPattern: random.limb()) >> (random.next() % 64)
            let s = Int(random.next() % 70)
            #expect((BigInteger(a) & BigInteger(b)).asInt64 == a & b)
            #expect((BigInteger(a) | BigInteger(b)).asInt64 == a | b)
            #expect((BigInteger(a) ^ BigInteger(b)).asInt64 == a ^ b)
            #expect((~BigInteger(a)).asInt64 == ~a)
            #expect((BigInteger(a) >> s).asInt64 == (s >= 64 ? (a < 0 ? -1 : 0) : a >> s))
            #expect(BigInteger(a) << s == BigInteger(a) * BigInteger(2).power(UInt(s)))
            #expect(BigInteger(a).bitLength == (a == Int64.min ? 64 : 64 - a.magnitude.leadingZeroBitCount))
        }
    }

    @Test func identitiesOnLargeValues() {
        var random = SplitMix64(seed: 32)
        for _ in 0..<300 {
            let a = random.integer(upTo: 40)
            let b = random.integer(upTo: 40)
            #expect((a & b) + (a | b) == a + b)
            #expect((a ^ b) == (a | b) - (a & b))
            #expect(~(a & b) == (~a | ~b))
            #expect(~(a | b) == (~a & ~b))
            #expect(a ^ b ^ b == a)
            #expect(a & ~a == 0)
            #expect(a | ~a == -1)
            #expect(~a == -a - 1)
            let s = Int(random.next() % 300)
            #expect((a << s) >> s == a)
            #expect(a >> s == a.floorDivide(by: BigInteger(1) << s))
            if !a.negative && !b.negative {
                let (oa, ob) = (oracle(a).magnitude, oracle(b).magnitude)
                #expect((a & b).limbs == limbs(of: oa & ob))
                #expect((a | b).limbs == limbs(of: oa | ob))
                #expect((a ^ b).limbs == limbs(of: oa ^ ob))
            }
            // The low 64 bits of the two's-complement result are those of Int64 arithmetic.
            let lowMask = (BigInteger(1) << 64) - 1
            let lowA = Int64(bitPattern: (a & lowMask).limbs.first ?? 0)
            let lowB = Int64(bitPattern: (b & lowMask).limbs.first ?? 0)
            #expect(((a & b) & lowMask).limbs.first ?? 0 == UInt64(bitPattern: lowA & lowB))
            #expect(((a | b) & lowMask).limbs.first ?? 0 == UInt64(bitPattern: lowA | lowB))
            #expect(((a ^ b) & lowMask).limbs.first ?? 0 == UInt64(bitPattern: lowA ^ lowB))
            #expect(a.bitLength == oracle(a).magnitude.bitWidth)
        }
    }
}

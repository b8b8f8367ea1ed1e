import BigInt
import SelfNumerics
import Testing

/// The signed value type's construction, comparison and ring operations against the oracle.
@Suite struct ArithmeticTests {
    @Test func int64RoundTrip() {
        let values: [Int64] = [
            0, 1, -1, 2, -2, Int64.max, Int64.min, Int64.max - 1, Int64.min + 1, 1 << 62, -(1 << 62),
        ]
        for v in values {
            #expect(BigInteger(v).asInt64 == v)
            #expect(fromOracle(BigInt(v)) == BigInteger(v))
        }
        #expect(BigInteger(UInt64(1) << 63).asInt64 == nil)
        #expect((-BigInteger(UInt64(1) << 63)).asInt64 == Int64.min)
        #expect((-BigInteger(UInt64(1) << 63) - 1).asInt64 == nil)
        #expect(BigInteger(UInt64.max).asInt64 == nil)
        #expect((BigInteger(1) << 64).asInt64 == nil)
        #expect(BigInteger(negative: true, limbs: [0, 0]) == 0)
        #expect(!BigInteger(negative: true, limbs: []).negative)
        #expect(BigInteger(negative: false, limbs: [5, 0, 0]).limbs == [5])
        #expect((-BigInteger(0)).negative == false)
    }

    @Test func ringOperations() {
        var random = SplitMix64(seed: 11)
        var cases: [(BigInteger, BigInteger)] = []
        for a in edgeValues { for b in edgeValues where random.next() % 4 == 0 { cases.append((a, b)) } }
        for _ in 0..<400 { cases.append((random.integer(upTo: 40), random.integer(upTo: 40))) }
        for _ in 0..<4 {
            cases.append((random.integer(count: 2000 + Int(random.next() % 1000)), random.integer(upTo: 3000)))
        }
        for (a, b) in cases {
            let (oa, ob) = (oracle(a), oracle(b))
            #expect(a + b == fromOracle(oa + ob))
            #expect(a - b == fromOracle(oa - ob))
            #expect(a * b == fromOracle(oa * ob))
            #expect((a < b) == (oa < ob))
            #expect((a == b) == (oa == ob))
            #expect(BigInteger.compare(a, b) == (oa < ob ? -1 : (oa == ob ? 0 : 1)))
            #expect(-a == fromOracle(-oa))
            #expect(a.absoluteValue == fromOracle(BigInt(sign: .plus, magnitude: oa.magnitude)))
            #expect(a.signum == Int(oa.signum()))
        }
    }

    @Test func fromMemoryAndInPlace() {
        let memory: [UInt64] = [7, 8, 0, 0]
        let x = memory.withUnsafeBufferPointer { BigInteger(negative: true, magnitude: $0) }
        #expect(x.limbs == [7, 8])
        #expect(x.negative)
        #expect([UInt64]().withUnsafeBufferPointer { BigInteger(negative: true, magnitude: $0) } == 0)
        var y = x
        y += 1
        #expect(y == x + 1)
        y -= x
        #expect(y == 1)
        y *= x
        #expect(y == x)
        #expect(x.description == x.toString(radix: 10))
    }

    @Test func int64Arithmetic() {
        var random = SplitMix64(seed: 12)
        for _ in 0..<500 {
            let a = Int64(bitPattern: random.limb())
            let b = Int64(bitPattern: random.limb())
            let (sum, sumOverflow) = a.addingReportingOverflow(b)
            if !sumOverflow { #expect((BigInteger(a) + BigInteger(b)).asInt64 == sum) }
            let (product, productOverflow) = a.multipliedReportingOverflow(by: b)
            if !productOverflow { #expect((BigInteger(a) * BigInteger(b)).asInt64 == product) }
            if productOverflow { #expect((BigInteger(a) * BigInteger(b)).asInt64 == nil) }
        }
    }

    @Test func hashingFollowsEquality() {
        var random = SplitMix64(seed: 13)
        for _ in 0..<100 {
            let a = random.integer(upTo: 10)
            let b = BigInteger(negative: a.negative, limbs: a.limbs + [0, 0])
            #expect(a == b)
            #expect(a.hashValue == b.hashValue)
            #expect((a + 1 - 1).hashValue == a.hashValue)
        }
        let set: Set<BigInteger> = [0, -0, 1, BigInteger(negative: true, limbs: [0])]
        #expect(set.count == 2)
    }
}

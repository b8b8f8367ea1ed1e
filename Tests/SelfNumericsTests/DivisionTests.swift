import BigInt
import SelfNumerics
import Testing

/// Truncating division against the oracle; floored division against Self's small-integer
/// rules and the identity q × b + m == a.
@Suite struct DivisionTests {
    func cases() -> [(BigInteger, BigInteger)] {
        var random = SplitMix64(seed: 21)
        var cases: [(BigInteger, BigInteger)] = []
        for a in edgeValues { for b in edgeValues where !b.isZero && random.next() % 4 == 0 { cases.append((a, b)) } }
        for _ in 0..<400 {
            let b = random.integer(count: Int(random.next() % 8) + 1)
            cases.append((random.integer(upTo: 16), b))
        }
        // Around and beyond the Burnikel–Ziegler threshold, balanced and not.
        let t = Magnitude.burnikelZieglerThreshold
        for (na, nb) in [(2 * t, t), (3 * t + 1, t + 2), (1200, 600), (2500, 1000), (3000, 130), (2100, 2000)] {
            cases.append((random.integer(count: na), random.integer(count: nb)))
        }
        return cases
    }

    @Test func truncatingAgainstOracle() {
        for (a, b) in cases() {
            let (q, r) = a.quotientAndRemainder(dividingBy: b)
            let (oq, or) = oracle(a).quotientAndRemainder(dividingBy: oracle(b))
            #expect(q == fromOracle(oq), "\(a.limbs.count)/\(b.limbs.count)")
            #expect(r == fromOracle(or), "\(a.limbs.count)/\(b.limbs.count)")
        }
    }

    @Test func flooredIdentity() {
        for (a, b) in cases() {
            let (q, m) = a.floorDivideAndModulo(by: b)
            #expect(q * b + m == a)
            #expect(m.absoluteValue < b.absoluteValue)
            #expect(m.isZero || m.negative == b.negative)
            #expect(a.floorDivide(by: b) == q)
            #expect(a.floorModulo(by: b) == m)
        }
    }

    @Test func flooredMatchesSelfSmallIntegers() {
        var random = SplitMix64(seed: 22)
        var pairs: [(Int64, Int64)] = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (6, -3), (0, 5), (0, -5)]
        pairs += [(1, Int64.max), (-1, Int64.max), (Int64.max, -1), (Int64.min + 1, 7), (5, Int64.min)]
        for _ in 0..<500 {
            let a = Int64(bitPattern: random.limb()) >> (random.next() % 64)
            var b = Int64(bitPattern: random.limb()) >> (random.next() % 64)
            if b == 0 { b = 3 }
            pairs.append((a, b))
        }
        for (a, b) in pairs where !(a == Int64.min && b == -1) {
            let (q, m) = selfFloorDivide(a, b)
            #expect(BigInteger(a).floorDivide(by: BigInteger(b)) == BigInteger(q), "\(a) / \(b)")
            #expect(BigInteger(a).floorModulo(by: BigInteger(b)) == BigInteger(m), "\(a) % \(b)")
        }
        // Hand-derived values.
        #expect(BigInteger(-7).floorDivide(by: 2) == -4)
        #expect(BigInteger(-7).floorModulo(by: 2) == 1)
        #expect(BigInteger(7).floorModulo(by: -2) == -1)
        #expect(BigInteger(Int64.min).floorDivide(by: -1) == BigInteger(UInt64(1) << 63))
        let big = BigInteger(1) << 200
        #expect((-big).floorDivide(by: 3) == -(big.floorDivide(by: 3)) - 1)
        #expect((-big).floorModulo(by: 3) == 3 - big.floorModulo(by: 3))
    }
}

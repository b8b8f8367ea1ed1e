import BigInt
import SelfNumerics
import Testing

/// Power, gcd and factorial against the oracle and hand-derived values.
@Suite struct FunctionTests {
    @Test func power() {
        #expect(BigInteger(0).power(0) == 1)
        #expect(BigInteger(0).power(5) == 0)
        #expect(BigInteger(-1).power(7) == -1)
        #expect(BigInteger(-1).power(8) == 1)
        #expect(BigInteger(-2).power(3) == -8)
        #expect(BigInteger(2).power(64) == BigInteger(1) << 64)
        #expect(BigInteger(-4).power(33) == -(BigInteger(1) << 66))
        #expect(BigInteger(3).power(40).toString() == "12157665459056928801")
        var random = SplitMix64(seed: 51)
        for _ in 0..<60 {
            let base = random.integer(upTo: 5)
            let exponent = Int(random.next() % 60)
            #expect(base.power(UInt(exponent)) == fromOracle(oracle(base).power(exponent)))
        }
        let base = random.integer(count: 3)
        #expect(base.power(300) == fromOracle(oracle(base).power(300)))
    }

    @Test func gcd() {
        #expect(BigInteger.gcd(0, 0) == 0)
        #expect(BigInteger.gcd(0, -5) == 5)
        #expect(BigInteger.gcd(-12, 18) == 6)
        #expect(BigInteger.gcd(BigInteger(1) << 300, BigInteger(1) << 200) == BigInteger(1) << 200)
        var random = SplitMix64(seed: 52)
        var cases: [(BigInteger, BigInteger)] = []
        for _ in 0..<150 { cases.append((random.integer(upTo: 12), random.integer(upTo: 12))) }
        for _ in 0..<40 {
            // A large common factor, so the answer is not 1.
            let c = random.integer(upTo: 8)
            cases.append((c * random.integer(upTo: 10), c * random.integer(upTo: 10)))
        }
        let f = random.integer(count: 80)
        cases.append((f * random.integer(count: 120), f * random.integer(count: 100)))
        // Consecutive Fibonacci numbers: the longest Euclid chains.
        var (x, y) = (BigInteger(0), BigInteger(1))
        for _ in 0..<3000 { (x, y) = (y, x + y) }
        cases.append((x, y))
        cases.append((x * 6, y * 6))
        for (a, b) in cases {
            let expected = oracle(a).magnitude.greatestCommonDivisor(with: oracle(b).magnitude)
            #expect(BigInteger.gcd(a, b).limbs == limbs(of: expected))
            #expect(!BigInteger.gcd(a, b).negative)
        }
    }

    @Test func factorial() {
        #expect(BigInteger.factorial(of: 0) == 1)
        #expect(BigInteger.factorial(of: 1) == 1)
        #expect(BigInteger.factorial(of: 20).asInt64 == 2_432_902_008_176_640_000)
        #expect(BigInteger.factorial(of: 21).asInt64 == nil)
        #expect(BigInteger.factorial(of: 25).toString() == "15511210043330985984000000")
        var expected = BigUInt(1)
        var n = 0
        for target in [2, 5, 23, 24, 25, 47, 48, 100, 101, 500, 1000, 2000] {
            while n < target {
                n += 1
                expected *= BigUInt(n)
            }
            #expect(BigInteger.factorial(of: target).limbs == limbs(of: expected), "\(target)!")
        }
        let big = BigInteger.factorial(of: 10000)
        #expect(big.toString().utf8.count == 35660)
        #expect(big.floorModulo(by: BigInteger(9973)) == 0)
        #expect(big == BigInteger.factorial(of: 9999) * 10000)
    }
}

import BigInt
import SelfNumerics
import Testing

/// The limb kernels called directly: output sizes, normalized counts, in-place use.
@Suite struct MagnitudeTests {
    /// Runs `body` on a buffer of `capacity` limbs prefilled with garbage and returns the
    /// normalized count it reports as an array.
    func output(capacity: Int, _ body: (UnsafeMutableBufferPointer<UInt64>) -> Int) -> [UInt64] {
        var buffer = [UInt64](repeating: 0xDEAD_BEEF_DEAD_BEEF, count: capacity)
        let count = buffer.withUnsafeMutableBufferPointer { body($0) }
        #expect(count <= capacity)
        let result = Array(buffer.prefix(count))
        #expect(result.last != 0, "the count is not normalized")
        return result
    }

    @Test func compareAndBitLength() {
        var random = SplitMix64(seed: 1)
        for _ in 0..<300 {
            let a = random.magnitude(count: Int(random.next() % 5))
            let b = random.next() % 3 == 0 ? a : random.magnitude(count: Int(random.next() % 5))
            let expected = oracle(magnitude: a) < oracle(magnitude: b) ? -1 : (a == b ? 0 : 1)
            let padded = a + [0, 0]  // Most significant zeros are ignored.
            let c = padded.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { Magnitude.compare(pa, $0) } }
            #expect(c == expected)
            let bits = a.withUnsafeBufferPointer { Magnitude.bitLength($0) }
            #expect(bits == oracle(magnitude: a).bitWidth)
        }
        #expect([UInt64]().withUnsafeBufferPointer { Magnitude.bitLength($0) } == 0)
        #expect([UInt64](arrayLiteral: 0, 0).withUnsafeBufferPointer { Magnitude.normalizedCount($0) } == 0)
    }

    @Test func addSubtractAndWords() {
        var random = SplitMix64(seed: 2)
        for _ in 0..<400 {
            let a = random.magnitude(count: Int(random.next() % 6))
            let b = random.magnitude(count: Int(random.next() % 6))
            let w = random.limb()
            let sum = a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    output(capacity: max(a.count, b.count) + 1) { Magnitude.add(pa, pb, into: $0) }
                }
            }
            #expect(sum == limbs(of: oracle(magnitude: a) + oracle(magnitude: b)))
            let (big, small) = oracle(magnitude: a) >= oracle(magnitude: b) ? (a, b) : (b, a)
            let difference = big.withUnsafeBufferPointer { pa in
                small.withUnsafeBufferPointer { pb in
                    output(capacity: big.count) { Magnitude.subtract(pa, pb, into: $0) }
                }
            }
            #expect(difference == limbs(of: oracle(magnitude: big) - oracle(magnitude: small)))
            let plusWord = a.withUnsafeBufferPointer { pa in
                output(capacity: a.count + 1) { Magnitude.add(pa, word: w, into: $0) }
            }
            #expect(plusWord == limbs(of: oracle(magnitude: a) + BigUInt(w)))
            if oracle(magnitude: a) >= BigUInt(w) {
                let minusWord = a.withUnsafeBufferPointer { pa in
                    output(capacity: a.count) { Magnitude.subtract(pa, word: w, into: $0) }
                }
                #expect(minusWord == limbs(of: oracle(magnitude: a) - BigUInt(w)))
            }
            let addend = random.limb()
            let product = a.withUnsafeBufferPointer { pa in
                output(capacity: a.count + 1) { Magnitude.multiply(pa, by: w, adding: addend, into: $0) }
            }
            #expect(product == limbs(of: oracle(magnitude: a) * BigUInt(w) + BigUInt(addend)))
        }
    }

    @Test func inPlaceOperations() {
        var random = SplitMix64(seed: 3)
        for _ in 0..<200 {
            let a = random.magnitude(count: Int(random.next() % 6) + 1)
            let b = random.magnitude(count: Int(random.next() % UInt64(a.count)))
            let w = random.limb() | 1
            let bits = Int(random.next() % 200)
            let expectedSum = limbs(of: oracle(magnitude: a) + oracle(magnitude: b))
            var work = a + [0xAAAA]
            var count = work.withUnsafeMutableBufferPointer { r in
                b.withUnsafeBufferPointer { Magnitude.add(UnsafeBufferPointer(rebasing: r[0..<a.count]), $0, into: r) }
            }
            #expect(Array(work.prefix(count)) == expectedSum)
            work = a
            count = work.withUnsafeMutableBufferPointer { r in
                b.withUnsafeBufferPointer { Magnitude.subtract(UnsafeBufferPointer(r), $0, into: r) }
            }
            #expect(Array(work.prefix(count)) == limbs(of: oracle(magnitude: a) - oracle(magnitude: b)))
            work = a + [0]
            count = work.withUnsafeMutableBufferPointer { r in
                Magnitude.multiply(UnsafeBufferPointer(rebasing: r[0..<a.count]), by: w, adding: 7, into: r)
            }
            #expect(Array(work.prefix(count)) == limbs(of: oracle(magnitude: a) * BigUInt(w) + 7))
            work = a
            let remainder = work.withUnsafeMutableBufferPointer { r in
                let result = Magnitude.divide(UnsafeBufferPointer(r), by: w, quotient: r)
                count = result.count
                return result.remainder
            }
            let (q, r) = oracle(magnitude: a).quotientAndRemainder(dividingBy: BigUInt(w))
            #expect(Array(work.prefix(count)) == limbs(of: q))
            #expect(remainder == UInt64(r))
            work = a + [UInt64](repeating: 0, count: bits / 64 + 1)
            count = work.withUnsafeMutableBufferPointer { r in
                Magnitude.shiftLeft(UnsafeBufferPointer(rebasing: r[0..<a.count]), bits: bits, into: r)
            }
            #expect(Array(work.prefix(count)) == limbs(of: oracle(magnitude: a) << bits))
            work = a
            count = work.withUnsafeMutableBufferPointer { r in
                Magnitude.shiftRight(UnsafeBufferPointer(r), bits: bits, into: r)
            }
            #expect(Array(work.prefix(count)) == limbs(of: oracle(magnitude: a) >> bits))
        }
    }

    @Test func shifts() {
        var random = SplitMix64(seed: 4)
        for _ in 0..<300 {
            let a = random.magnitude(count: Int(random.next() % 8))
            let bits = Int(random.next() % 300)
            let left = a.withUnsafeBufferPointer { pa in
                output(capacity: a.count + bits / 64 + 1) { Magnitude.shiftLeft(pa, bits: bits, into: $0) }
            }
            #expect(left == limbs(of: oracle(magnitude: a) << bits))
            let right = a.withUnsafeBufferPointer { pa in
                output(capacity: max(a.count - bits / 64, 0)) { Magnitude.shiftRight(pa, bits: bits, into: $0) }
            }
            #expect(right == limbs(of: oracle(magnitude: a) >> bits))
        }
    }

    /// Products and squares of every size near the Karatsuba thresholds, balanced and not.
    @Test func multiplicationAroundThresholds() {
        var random = SplitMix64(seed: 5)
        let k = Magnitude.karatsubaThreshold
        let s = Magnitude.karatsubaSquareThreshold
        var sizes: [(Int, Int)] = [(1, 1), (2, 1), (k - 1, k - 1), (k, k), (k + 1, k), (2 * k + 1, k), (3 * k, k + 1)]
        sizes += [
            (s - 1, s - 1), (s, s), (s + 1, s + 1), (4 * k - 1, 4 * k), (5 * k, 2 * k + 3), (300, 170), (700, 33),
        ]
        sizes += [(2 * k, k), (2 * k - 1, k), (2 * k + 2, k + 1), (1000, 999)]
        for (na, nb) in sizes {
            let a = random.magnitude(count: na)
            let b = random.magnitude(count: nb)
            let product = a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in output(capacity: na + nb) { Magnitude.multiply(pa, pb, into: $0) } }
            }
            #expect(product == limbs(of: oracle(magnitude: a) * oracle(magnitude: b)), "\(na)×\(nb)")
            let square = a.withUnsafeBufferPointer { pa in output(capacity: 2 * na) { Magnitude.square(pa, into: $0) } }
            #expect(square == limbs(of: oracle(magnitude: a) * oracle(magnitude: a)), "\(na)²")
            // All ones is the worst case for carries.
            let ones = [UInt64](repeating: .max, count: na)
            let onesSquare = ones.withUnsafeBufferPointer { pa in
                output(capacity: 2 * na) { Magnitude.multiply(pa, pa, into: $0) }
            }
            #expect(onesSquare == limbs(of: oracle(magnitude: ones) * oracle(magnitude: ones)), "ones \(na)²")
        }
    }

    /// Divisions of every shape near the Burnikel–Ziegler threshold, and Knuth's rare cases.
    @Test func divisionAroundThresholds() {
        var random = SplitMix64(seed: 6)
        let t = Magnitude.burnikelZieglerThreshold
        var shapes: [(Int, Int)] = [
            (1, 1), (4, 1), (2, 2), (3, 2), (5, 3), (t, t - 1), (2 * t - 1, t - 1), (2 * t, t), (2 * t + 1, t),
        ]
        shapes += [(3 * t, t + 1), (2 * t + 5, t + 3), (4 * t, 2 * t), (5 * t + 7, 2 * t + 1)]
        shapes += [(900, 129), (1000, 65)]
        for (na, nb) in shapes {
            for variant in 0..<(na <= 300 ? 3 : 2) {
                var a = random.magnitude(count: na)
                var b = random.magnitude(count: nb)
                if variant == 1 {
                    // Divisor with its top bit set and the dividend all ones: maximal quotient limbs.
                    b[nb - 1] |= 1 << 63
                    a = [UInt64](repeating: .max, count: na)
                } else if variant == 2 {
                    // A dividend just below a multiple of the divisor.
                    let q = random.magnitude(count: na - nb + 1)
                    let product = oracle(magnitude: b) * oracle(magnitude: q)
                    a = limbs(of: product == 0 ? 0 : product - 1)
                    if a.isEmpty { a = [1] }
                }
                checkDivision(a, b)
            }
        }
    }

    /// Burnikel–Ziegler's rarer steps: a running remainder whose top half equals the
    /// divisor's (the quotient estimate β^h − 1), from a dividend whose upper part leaves the
    /// remainder b − 1 against a divisor whose upper half is all ones.
    @Test func recursiveDivisionEdges() {
        var random = SplitMix64(seed: 8)
        for (nb, highCount) in [(128, 50), (130, 64), (256, 70), (200, 100)] {
            for fill in 0..<2 {
                var b = random.magnitude(count: nb)
                for i in (nb / 2)..<nb { b[i] = .max }
                if fill == 1 { b = [UInt64](repeating: .max, count: nb) }
                let ob = oracle(magnitude: b)
                let c = oracle(magnitude: random.magnitude(count: highCount))
                let low = oracle(magnitude: random.magnitude(count: nb))
                let a = ((c * ob + ob - 1) << (64 * nb)) + low
                checkDivision(limbs(of: a), b)
                checkDivision(limbs(of: (c * ob + ob - 1) << (64 * nb)), b)
            }
        }
    }

    /// Many small divisions with limbs drawn mostly from edge values, which reach the
    /// estimate's corrections and the add-back step.
    @Test func smallDivisions() {
        var random = SplitMix64(seed: 7)
        let edges: [UInt64] = [0, 1, 2, .max, .max - 1, 1 << 63, (1 << 63) - 1, (1 << 63) + 1]
        for _ in 0..<1500 {
            let nb = Int(random.next() % 4) + 2
            let na = nb + Int(random.next() % 4)
            var a = (0..<na).map { _ in random.next() % 4 == 0 ? random.next() : edges[Int(random.next() % 8)] }
            var b = (0..<nb).map { _ in random.next() % 4 == 0 ? random.next() : edges[Int(random.next() % 8)] }
            if b[nb - 1] == 0 { b[nb - 1] = 1 << 63 }
            if a[na - 1] == 0 { a[na - 1] = 1 }
            checkDivision(a, b)
        }
        // Hand-made: an estimate of β − 1 that is two too large, and one that needs adding back.
        checkDivision([0, 0, 1 << 63, (1 << 63) - 1], [.max, 0, 1 << 63])
        checkDivision([0, .max - 1, .max, 0x7FFF_FFFF_FFFF_FFFF], [1, 0, 0x8000_0000_0000_0000])
        checkDivision([0, 0, 0, 0x8000_0000_0000_0000], [1, 0, 0x8000_0000_0000_0000])
    }

    func checkDivision(_ a: [UInt64], _ b: [UInt64]) {
        let quotientCapacity = max(a.count - b.count + 1, 0)
        var quotient = [UInt64](repeating: 0xBAD, count: quotientCapacity)
        var remainder = [UInt64](repeating: 0xBAD, count: b.count)
        let (qc, rc) = a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                quotient.withUnsafeMutableBufferPointer { q in
                    remainder.withUnsafeMutableBufferPointer { r in
                        Magnitude.divide(pa, pb, quotient: q, remainder: r)
                    }
                }
            }
        }
        let (q, r) = oracle(magnitude: a).quotientAndRemainder(dividingBy: oracle(magnitude: b))
        #expect(Array(quotient.prefix(qc)) == limbs(of: q), "\(a.count)/\(b.count)")
        #expect(Array(remainder.prefix(rc)) == limbs(of: r), "\(a.count)/\(b.count)")
    }
}

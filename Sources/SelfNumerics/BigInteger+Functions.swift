/// Integer functions: power, greatest common divisor, factorial.
extension BigInteger {
    /// `self` raised to `exponent` (`0.power(0)` is 1), by left-to-right binary
    /// exponentiation: one squaring per bit of the exponent and one product per one bit,
    /// so O(M(n·e)) for a result of n·e limbs, M the cost of a product. A power of two is a
    /// shift.
    public func power(_ exponent: UInt) -> BigInteger {
        if exponent == 0 { return 1 }
        if limbs.isEmpty { return BigInteger() }
        let resultNegative = negative && exponent & 1 == 1
        if limbs.count == 1 && limbs[0] == 1 { return BigInteger(normalizedLimbs: limbs, negative: resultNegative) }
        let trailingZeros = BigInteger.trailingZeroBits(limbs)
        if trailingZeros == (limbs.count - 1) * 64 + (63 - limbs[limbs.count - 1].leadingZeroBitCount) {
            // 2^k: the result is 2^(k·e).
            let (bits, overflow) = trailingZeros.multipliedReportingOverflow(by: Int(exponent))
            precondition(!overflow, "BigInteger.power: the result is too large")
            return BigInteger(normalizedLimbs: BigInteger.shiftLeftMagnitude([1], bits: bits), negative: resultNegative)
        }
        var result = limbs
        var bit = UInt.bitWidth - exponent.leadingZeroBitCount - 2
        while bit >= 0 {
            result = BigInteger.squareMagnitude(result)
            if (exponent >> UInt(bit)) & 1 == 1 { result = BigInteger.multiplyMagnitudes(result, limbs) }
            bit -= 1
        }
        return BigInteger(normalizedLimbs: result, negative: resultNegative)
    }

    /// The greatest common divisor of `a` and `b`, non-negative (`gcd(0, 0)` is 0).
    ///
    /// Lehmer's algorithm (Knuth, TAOCP vol. 2, §4.5.2, algorithm L): the leading 62 bits of
    /// both operands drive single-limb Euclid steps whose cofactors are then applied to the
    /// full operands, so each O(n) pass removes about 62 bits; O(n²) in all. Single-limb
    /// remainders finish by Euclid on `UInt64`.
    public static func gcd(_ a: BigInteger, _ b: BigInteger) -> BigInteger {
        BigInteger(normalizedLimbs: gcdMagnitudes(a.limbs, b.limbs), negative: false)
    }

    /// The factorial of `n`, `n!` (`0!` is 1).
    ///
    /// The odd parts of 1…n are multiplied in a balanced product tree (leaves pack several
    /// factors per limb), so the large products are balanced and go to Karatsuba; the power
    /// of two, 2^(n − popcount(n)), is a final shift. O(M(N)·log N) for a result of N limbs.
    ///
    /// - Precondition: `n ≥ 0`.
    public static func factorial(of n: Int) -> BigInteger {
        precondition(n >= 0, "BigInteger.factorial: negative argument")
        if n < 2 { return 1 }
        let odd = oddProduct(from: 1, through: n)
        return BigInteger(normalizedLimbs: shiftLeftMagnitude(odd, bits: n - n.nonzeroBitCount), negative: false)
    }

    // MARK: Helpers

    /// The number of zero bits below the lowest one bit of a nonzero magnitude.
    static func trailingZeroBits(_ a: [UInt64]) -> Int {
        var i = 0
        while a[i] == 0 { i += 1 }
        return i * 64 + a[i].trailingZeroBitCount
    }

    /// The product of the odd parts of `low…high` (each number with its factors of two
    /// removed).
    static func oddProduct(from low: Int, through high: Int) -> [UInt64] {
        if high - low < 24 {
            var result: [UInt64] = [1]
            var word: UInt64 = 1
            for i in low...high {
                let factor = UInt64(i >> i.trailingZeroBitCount)
                let (product, overflow) = word.multipliedReportingOverflow(by: factor)
                if overflow {
                    result = multiplyMagnitude(result, by: word, adding: 0)
                    word = factor
                } else {
                    word = product
                }
            }
            return multiplyMagnitude(result, by: word, adding: 0)
        }
        let middle = low + (high - low) / 2
        return multiplyMagnitudes(oddProduct(from: low, through: middle), oddProduct(from: middle + 1, through: high))
    }

    /// The greatest common divisor of two magnitudes, by Lehmer's algorithm.
    static func gcdMagnitudes(_ x: [UInt64], _ y: [UInt64]) -> [UInt64] {
        var a = x
        var b = y
        if compareMagnitudes(a, b) < 0 { swap(&a, &b) }
        while b.count > 1 {
            // Invariant: a ≥ b > 0.
            if a.count - b.count > 1 {
                (a, b) = (b, divideMagnitudes(a, b).remainder)
                continue
            }
            let shift = a.count * 64 - a[a.count - 1].leadingZeroBitCount - 62
            var xHat = Int64(bitPattern: leadingBits(a, at: shift))
            var yHat = Int64(bitPattern: leadingBits(b, at: shift))
            var cA: Int64 = 1
            var cB: Int64 = 0
            var cC: Int64 = 0
            var cD: Int64 = 1
            while yHat + cC != 0 && yHat + cD != 0 {
                let q = (xHat + cA) / (yHat + cC)
                guard q == (xHat + cB) / (yHat + cD) else { break }
                (cA, cC) = (cC, cA - q * cC)
                (cB, cD) = (cD, cB - q * cD)
                (xHat, yHat) = (yHat, xHat - q * yHat)
            }
            if cB == 0 {
                (a, b) = (b, divideMagnitudes(a, b).remainder)
                continue
            }
            // (a, b) ← (A·a + B·b, C·a + D·b); signs alternate, so each is a difference.
            guard let newA = linearCombination(cA, a, cB, b), let newB = linearCombination(cC, a, cD, b) else {
                (a, b) = (b, divideMagnitudes(a, b).remainder)
                continue
            }
            (a, b) = (newA, newB)
            if compareMagnitudes(a, b) < 0 { swap(&a, &b) }
        }
        if b.isEmpty { return a }
        var u = b[0]
        var v = a.withUnsafeBufferPointer { pa in
            var scratch = [UInt64](repeating: 0, count: a.count)
            return scratch.withUnsafeMutableBufferPointer { Magnitude.divide(pa, by: u, quotient: $0).remainder }
        }
        while v != 0 { (u, v) = (v, u % v) }
        return [u]
    }

    /// `⌊a ÷ 2^shift⌋` truncated to 64 bits, for `shift ≥ 0`.
    static func leadingBits(_ a: [UInt64], at shift: Int) -> UInt64 {
        let index = shift / 64
        let bits = UInt64(shift % 64)
        guard index < a.count else { return 0 }
        let low = a[index] >> bits
        guard bits != 0, index + 1 < a.count else { return low }
        return low | (a[index + 1] << (64 - bits))
    }

    /// `p·a + q·b` for cofactors of opposite signs (or one zero), or nil when negative.
    static func linearCombination(_ p: Int64, _ a: [UInt64], _ q: Int64, _ b: [UInt64]) -> [UInt64]? {
        let pa = multiplyMagnitude(a, by: p.magnitude, adding: 0)
        let qb = multiplyMagnitude(b, by: q.magnitude, adding: 0)
        let (plus, minus) = p >= 0 ? (pa, qb) : (qb, pa)
        if (p >= 0) == (q >= 0) { return addMagnitudes(plus, minus) }
        guard compareMagnitudes(plus, minus) >= 0 else { return nil }
        return subtractMagnitudes(plus, minus)
    }
}

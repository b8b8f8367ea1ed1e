/// Bitwise operations with infinite two's-complement semantics, as Python's integers: a
/// negative number behaves as if it had infinitely many one bits above its magnitude's
/// complement (−1 is all ones, `~x == −x − 1`). Shifts are arithmetic: a right shift rounds
/// towards −∞. All are linear in the operands' lengths and allocate only the result.
extension BigInteger {
    /// The bitwise and. O(n).
    public static func & (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
        bitwise(lhs, rhs) { $0 & $1 }
    }

    /// The bitwise (inclusive) or. O(n).
    public static func | (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
        bitwise(lhs, rhs) { $0 | $1 }
    }

    /// The bitwise exclusive or. O(n).
    public static func ^ (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
        bitwise(lhs, rhs) { $0 ^ $1 }
    }

    /// The bitwise complement, `−x − 1`. O(n).
    public static prefix func ~ (x: BigInteger) -> BigInteger {
        -x - 1
    }

    /// `self × 2^count`; a negative `count` shifts right instead. O(n + count/64).
    public func shiftedLeft(by count: Int) -> BigInteger {
        if count < 0 { return shiftedRight(by: count == Int.min ? Int.max : -count) }
        return BigInteger(normalizedLimbs: BigInteger.shiftLeftMagnitude(limbs, bits: count), negative: negative)
    }

    /// `⌊self ÷ 2^count⌋` (arithmetic: negative values round towards −∞, so `−1 >> n == −1`);
    /// a negative `count` shifts left instead. O(n).
    public func shiftedRight(by count: Int) -> BigInteger {
        if count < 0 { return shiftedLeft(by: -count) }
        let shifted = BigInteger.shiftRightMagnitude(limbs, bits: count)
        guard negative else { return BigInteger(normalizedLimbs: shifted, negative: false) }
        // ⌊−m / 2^k⌋ = −⌈m / 2^k⌉: one more when any shifted-out bit was set.
        let inexact = count >= limbs.count * 64 || BigInteger.trailingZeroBits(limbs) < count
        let rounded =
            inexact
            ? shifted.withUnsafeBufferPointer { ps in
                BigInteger.makeLimbs(capacity: shifted.count + 1) { Magnitude.add(ps, word: 1, into: $0) }
            } : shifted
        return BigInteger(normalizedLimbs: rounded, negative: true)
    }

    /// `lhs × 2^rhs` (`shiftedLeft(by:)`).
    public static func << (lhs: BigInteger, rhs: Int) -> BigInteger { lhs.shiftedLeft(by: rhs) }

    /// `⌊lhs ÷ 2^rhs⌋` (`shiftedRight(by:)`).
    public static func >> (lhs: BigInteger, rhs: Int) -> BigInteger { lhs.shiftedRight(by: rhs) }

    /// The number of bits of the absolute value without leading zeros, as Python's
    /// `int.bit_length()`: 0 for 0, 3 for both 5 and −5.
    public var bitLength: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count * 64 - top.leadingZeroBitCount
    }

    /// Applies `operation` to the infinite two's-complement forms of `lhs` and `rhs`, limb by
    /// limb, converting negative operands and results on the fly.
    static func bitwise(_ lhs: BigInteger, _ rhs: BigInteger, _ operation: (UInt64, UInt64) -> UInt64) -> BigInteger {
        let n = max(lhs.limbs.count, rhs.limbs.count) + 1
        // The sign limb of each operand's infinite form, and thus of the result.
        let lhsFill: UInt64 = lhs.negative ? .max : 0
        let rhsFill: UInt64 = rhs.negative ? .max : 0
        let resultNegative = operation(lhsFill, rhsFill) != 0
        var limbs = [UInt64](unsafeUninitializedCapacity: n) { buffer, count in
            // Two's complement of a negative magnitude m: ~m + 1, with the +1 rippling up.
            var lhsCarry: UInt64 = 1
            var rhsCarry: UInt64 = 1
            var resultCarry: UInt64 = 1
            for i in 0..<n {
                var x = i < lhs.limbs.count ? lhs.limbs[i] : 0
                if lhs.negative {
                    let (s, o) = (~x).addingReportingOverflow(lhsCarry)
                    x = s
                    lhsCarry = o ? 1 : 0
                }
                var y = i < rhs.limbs.count ? rhs.limbs[i] : 0
                if rhs.negative {
                    let (s, o) = (~y).addingReportingOverflow(rhsCarry)
                    y = s
                    rhsCarry = o ? 1 : 0
                }
                var z = operation(x, y)
                if resultNegative {
                    // Back to a magnitude: ~z + 1.
                    let (s, o) = (~z).addingReportingOverflow(resultCarry)
                    z = s
                    resultCarry = o ? 1 : 0
                }
                buffer[i] = z
            }
            count = n
        }
        while let last = limbs.last, last == 0 { limbs.removeLast() }
        return BigInteger(normalizedLimbs: limbs, negative: resultNegative)
    }
}

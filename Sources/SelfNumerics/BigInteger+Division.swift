/// Division: truncating (`quotientAndRemainder(dividingBy:)`, Swift's convention) and floored
/// (`floorDivide(by:)`, `floorModulo(by:)`, Self's convention for its small integers: the
/// quotient rounded towards −∞, the modulo taking the sign of the divisor, so that
/// `q × divisor + m == self` and `0 ≤ |m| < |divisor|`).
///
/// All cost one magnitude division: O(m·n) by Knuth for moderate operands, Burnikel–Ziegler
/// above `Magnitude.burnikelZieglerThreshold` limbs.
extension BigInteger {
    /// The quotient rounded towards zero and the remainder, which takes the sign of `self`.
    ///
    /// - Precondition: `divisor ≠ 0`.
    public func quotientAndRemainder(dividingBy divisor: BigInteger) -> (quotient: BigInteger, remainder: BigInteger) {
        let (q, r) = BigInteger.divideMagnitudes(limbs, divisor.limbs)
        return (
            BigInteger(normalizedLimbs: q, negative: negative != divisor.negative),
            BigInteger(normalizedLimbs: r, negative: negative)
        )
    }

    /// The floored quotient and the modulo (with the divisor's sign), as Self's `/` and `%`.
    ///
    /// - Precondition: `divisor ≠ 0`.
    public func floorDivideAndModulo(by divisor: BigInteger) -> (quotient: BigInteger, modulo: BigInteger) {
        let (q, r) = BigInteger.divideMagnitudes(limbs, divisor.limbs)
        if negative == divisor.negative || r.isEmpty {
            return (
                BigInteger(normalizedLimbs: q, negative: negative != divisor.negative),
                BigInteger(normalizedLimbs: r, negative: divisor.negative)
            )
        }
        // Signs differ and the division is inexact: q = −(|q| + 1), m = sign(divisor)·(|d| − |r|).
        let quotient = q.withUnsafeBufferPointer { pq in
            BigInteger.makeLimbs(capacity: q.count + 1) { Magnitude.add(pq, word: 1, into: $0) }
        }
        return (
            BigInteger(normalizedLimbs: quotient, negative: true),
            BigInteger(normalizedLimbs: BigInteger.subtractMagnitudes(divisor.limbs, r), negative: divisor.negative)
        )
    }

    /// The quotient rounded towards −∞ (Self's `/`).
    ///
    /// - Precondition: `divisor ≠ 0`.
    public func floorDivide(by divisor: BigInteger) -> BigInteger {
        floorDivideAndModulo(by: divisor).quotient
    }

    /// The modulo, zero or of the divisor's sign, with `|m| < |divisor|` (Self's `%`).
    ///
    /// - Precondition: `divisor ≠ 0`.
    public func floorModulo(by divisor: BigInteger) -> BigInteger {
        floorDivideAndModulo(by: divisor).modulo
    }
}

/// Conversion to and from `Double`.
extension BigInteger {
    /// The integer part of `value` (rounded towards zero).
    ///
    /// - Precondition: `value` is finite.
    public init(_ value: Double) {
        precondition(value.isFinite, "BigInteger: the value is not finite")
        let m = value.magnitude
        guard m >= 1 else {
            self.init()
            return
        }
        let exponent = Int(m.exponent)
        let significand = (UInt64(1) << 52) | m.significandBitPattern
        let limbs =
            exponent <= 52
            ? [significand >> UInt64(52 - exponent)]
            : BigInteger.shiftLeftMagnitude([significand], bits: exponent - 52)
        self.init(normalizedLimbs: limbs, negative: value < 0)
    }

    /// The value of `value` when it is a finite integer, else nil.
    public init?(exactly value: Double) {
        guard value.isFinite else { return nil }
        if value != 0 {
            // Integral when no significand bit lies below the binary point. (Not
            // `rounded(.towardZero)`, which may call libm's `trunc`: this module links nothing.)
            let exponent = Int(value.exponent)
            guard exponent >= 0 else { return nil }
            if exponent < 52 && value.significandBitPattern & ((1 << UInt64(52 - exponent)) - 1) != 0 {
                return nil
            }
        }
        self.init(value)
    }

    /// The nearest `Double` (ties to even), ±infinity beyond the largest finite one.
    public var asDouble: Double {
        guard let top = limbs.last else { return 0 }
        let bits = limbs.count * 64 - top.leadingZeroBitCount
        let sign: FloatingPointSign = negative ? .minus : .plus
        if bits <= 64 { return Double(sign: sign, exponent: 0, significand: Double(limbs[0])) }
        // The top 64 bits, with a sticky bit for whatever lies below: rounding those to 53
        // bits rounds the whole correctly, as the sticky bit lies below the rounding bit.
        var leading = BigInteger.leadingBits(limbs, at: bits - 64)
        if BigInteger.trailingZeroBits(limbs) < bits - 64 { leading |= 1 }
        return Double(sign: sign, exponent: bits - 64, significand: Double(leading))
    }
}

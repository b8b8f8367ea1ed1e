/// A signed integer of any size, as sign and magnitude.
///
/// The magnitude is `limbs`, little-endian `UInt64` limbs, normalized (no most significant
/// zero limb; zero is `[]`), and zero is never negative, so equal values have equal
/// representations and the synthesized `==` and `hash(into:)` agree with numeric equality.
///
/// Arithmetic runs the `Magnitude` kernels on the limbs and allocates only the result's
/// array (one allocation per operation on small operands). Division's preconditions, such as
/// a nonzero divisor, are the caller's to check. The operations live in extensions named
/// after their concept: `BigInteger+Division.swift`, `BigInteger+Functions.swift`,
/// `BigInteger+Bitwise.swift`, `BigInteger+Text.swift`, `BigInteger+Double.swift`.
public struct BigInteger: Equatable, Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByIntegerLiteral
{
    /// Whether the value is below zero (never true of zero).
    public private(set) var negative: Bool
    /// The magnitude, little-endian, normalized.
    public private(set) var limbs: [UInt64]

    /// Zero.
    public init() {
        negative = false
        limbs = []
    }

    /// The value `(negative ? −1 : 1) × limbs`; `limbs` may carry most significant zeros,
    /// which are dropped. O(1) for a normalized `limbs`.
    public init(negative: Bool, limbs: [UInt64]) {
        var limbs = limbs
        while let last = limbs.last, last == 0 { limbs.removeLast() }
        self.init(normalizedLimbs: limbs, negative: negative)
    }

    /// The value `(negative ? −1 : 1) × magnitude`, copying the limbs (for instance out of a
    /// VM's heap). O(n).
    public init(negative: Bool, magnitude: UnsafeBufferPointer<UInt64>) {
        let n = Magnitude.normalizedCount(magnitude)
        self.init(normalizedLimbs: Array(magnitude.prefix(n)), negative: negative)
    }

    /// From already normalized limbs; fixes the sign of zero.
    @inline(__always)
    init(normalizedLimbs limbs: [UInt64], negative: Bool) {
        self.limbs = limbs
        self.negative = negative && !limbs.isEmpty
    }

    /// The value of `value`.
    public init(_ value: Int64) {
        negative = value < 0
        limbs = value == 0 ? [] : [value.magnitude]
    }

    /// The value of `value`.
    public init(_ value: Int) {
        self.init(Int64(value))
    }

    /// The value of `value`.
    public init(_ value: UInt64) {
        negative = false
        limbs = value == 0 ? [] : [value]
    }

    /// The value of an integer literal.
    public init(integerLiteral value: Int64) {
        self.init(value)
    }

    /// The value as an `Int64`, or nil when it lies outside −2^63 … 2^63 − 1.
    public var asInt64: Int64? {
        switch limbs.count {
        case 0: return 0
        case 1:
            let m = limbs[0]
            if negative { return m <= 1 << 63 ? Int64(bitPattern: 0 &- m) : nil }
            return m <= UInt64(Int64.max) ? Int64(m) : nil
        default: return nil
        }
    }

    /// Whether the value is zero.
    public var isZero: Bool { limbs.isEmpty }

    /// −1, 0 or 1 as the value is negative, zero or positive.
    public var signum: Int { limbs.isEmpty ? 0 : (negative ? -1 : 1) }

    /// The absolute value.
    public var absoluteValue: BigInteger { BigInteger(normalizedLimbs: limbs, negative: false) }

    /// The value in base 10, with a leading `-` when negative.
    public var description: String { toString(radix: 10) }

    /// The negation of `x`.
    public static prefix func - (x: BigInteger) -> BigInteger {
        BigInteger(normalizedLimbs: x.limbs, negative: !x.negative)
    }

    /// The sum. O(n).
    public static func + (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
        combine(lhs, rhs, rhsNegative: rhs.negative)
    }

    /// The difference. O(n).
    public static func - (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
        combine(lhs, rhs, rhsNegative: !rhs.negative)
    }

    /// The product: schoolbook O(n·m) on short operands, Karatsuba O(n^1.585) on long ones
    /// (`Magnitude.multiply(_:_:into:)`).
    public static func * (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
        BigInteger(normalizedLimbs: multiplyMagnitudes(lhs.limbs, rhs.limbs), negative: lhs.negative != rhs.negative)
    }

    /// Adds `rhs` to `lhs`.
    public static func += (lhs: inout BigInteger, rhs: BigInteger) { lhs = lhs + rhs }
    /// Subtracts `rhs` from `lhs`.
    public static func -= (lhs: inout BigInteger, rhs: BigInteger) { lhs = lhs - rhs }
    /// Multiplies `lhs` by `rhs`.
    public static func *= (lhs: inout BigInteger, rhs: BigInteger) { lhs = lhs * rhs }

    /// Whether `lhs` is below `rhs`.
    public static func < (lhs: BigInteger, rhs: BigInteger) -> Bool {
        if lhs.negative != rhs.negative { return lhs.negative }
        let c = compareMagnitudes(lhs.limbs, rhs.limbs)
        return lhs.negative ? c > 0 : c < 0
    }

    /// −1, 0 or 1 as `lhs` is below, equal to or above `rhs`.
    public static func compare(_ lhs: BigInteger, _ rhs: BigInteger) -> Int {
        if lhs.negative != rhs.negative { return lhs.negative ? -1 : 1 }
        let c = compareMagnitudes(lhs.limbs, rhs.limbs)
        return lhs.negative ? -c : c
    }

    // MARK: Magnitude helpers on arrays

    /// `lhs + (rhsNegative ? −1 : 1)·|rhs|`.
    static func combine(_ lhs: BigInteger, _ rhs: BigInteger, rhsNegative: Bool) -> BigInteger {
        if lhs.negative == rhsNegative {
            return BigInteger(normalizedLimbs: addMagnitudes(lhs.limbs, rhs.limbs), negative: lhs.negative)
        }
        let c = compareMagnitudes(lhs.limbs, rhs.limbs)
        if c == 0 { return BigInteger() }
        if c > 0 {
            return BigInteger(normalizedLimbs: subtractMagnitudes(lhs.limbs, rhs.limbs), negative: lhs.negative)
        }
        return BigInteger(normalizedLimbs: subtractMagnitudes(rhs.limbs, lhs.limbs), negative: rhsNegative)
    }

    /// An array of up to `capacity` limbs filled by `body`, which returns the count written.
    @inline(__always)
    static func makeLimbs(capacity: Int, _ body: (UnsafeMutableBufferPointer<UInt64>) -> Int) -> [UInt64] {
        [UInt64](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = body(buffer)
        }
    }

    static func compareMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        return a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in Magnitude.compare(pa, pb) } }
    }

    static func addMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        return a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                makeLimbs(capacity: max(a.count, b.count) + 1) { Magnitude.add(pa, pb, into: $0) }
            }
        }
    }

    /// `a − b` for `a ≥ b`.
    static func subtractMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        if b.isEmpty { return a }
        return a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                makeLimbs(capacity: a.count) { Magnitude.subtract(pa, pb, into: $0) }
            }
        }
    }

    static func multiplyMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        if a.isEmpty || b.isEmpty { return [] }
        return a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                makeLimbs(capacity: a.count + b.count) { Magnitude.multiply(pa, pb, into: $0) }
            }
        }
    }

    static func squareMagnitude(_ a: [UInt64]) -> [UInt64] {
        if a.isEmpty { return [] }
        return a.withUnsafeBufferPointer { pa in
            makeLimbs(capacity: 2 * a.count) { Magnitude.square(pa, into: $0) }
        }
    }

    /// `a × word + addend`.
    static func multiplyMagnitude(_ a: [UInt64], by word: UInt64, adding addend: UInt64) -> [UInt64] {
        a.withUnsafeBufferPointer { pa in
            makeLimbs(capacity: a.count + 1) { Magnitude.multiply(pa, by: word, adding: addend, into: $0) }
        }
    }

    /// `(a ÷ b, a mod b)` for `b ≠ 0`.
    static func divideMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> (quotient: [UInt64], remainder: [UInt64]) {
        precondition(!b.isEmpty, "BigInteger: division by zero")
        if a.count < b.count { return ([], a) }
        return a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                if b.count == 1 {
                    var remainder: UInt64 = 0
                    let quotient = makeLimbs(capacity: a.count) { q in
                        let result = Magnitude.divide(pa, by: pb[0], quotient: q)
                        remainder = result.remainder
                        return result.count
                    }
                    return (quotient, remainder == 0 ? [] : [remainder])
                }
                var remainder: [UInt64] = []
                let quotient = makeLimbs(capacity: a.count - b.count + 1) { q in
                    var quotientCount = 0
                    remainder = makeLimbs(capacity: b.count) { r in
                        let counts = Magnitude.divide(pa, pb, quotient: q, remainder: r)
                        quotientCount = counts.quotientCount
                        return counts.remainderCount
                    }
                    return quotientCount
                }
                return (quotient, remainder)
            }
        }
    }

    /// `a × 2^bits`.
    static func shiftLeftMagnitude(_ a: [UInt64], bits: Int) -> [UInt64] {
        if a.isEmpty || bits == 0 { return a }
        return a.withUnsafeBufferPointer { pa in
            makeLimbs(capacity: a.count + bits / 64 + 1) { Magnitude.shiftLeft(pa, bits: bits, into: $0) }
        }
    }

    /// `⌊a ÷ 2^bits⌋`.
    static func shiftRightMagnitude(_ a: [UInt64], bits: Int) -> [UInt64] {
        if a.isEmpty || bits == 0 { return a }
        if bits / 64 >= a.count { return [] }
        return a.withUnsafeBufferPointer { pa in
            makeLimbs(capacity: a.count - bits / 64) { Magnitude.shiftRight(pa, bits: bits, into: $0) }
        }
    }
}

import BigInt
import SelfNumerics

/// A fixed-seed pseudo-random generator (SplitMix64), so every run checks the same inputs.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A limb that is often an edge value (0, 1, all ones, the top bit alone, …).
    mutating func limb() -> UInt64 {
        next() % 8 == 0 ? edgeLimbs[Int(next() % UInt64(edgeLimbs.count))] : next()
    }

    /// A normalized magnitude of exactly `count` limbs (its top limb nonzero).
    mutating func magnitude(count: Int) -> [UInt64] {
        guard count > 0 else { return [] }
        var limbs = (0..<count).map { _ in limb() }
        if next() % 4 == 0 { limbs = limbs.map { $0 == 0 ? 0 : $0 | 0xFFFF_0000_0000_0000 } }
        while limbs[count - 1] == 0 { limbs[count - 1] = limb() }
        return limbs
    }

    /// A value of `count` limbs, of either sign.
    mutating func integer(count: Int) -> BigInteger {
        BigInteger(negative: next() % 2 == 0, limbs: magnitude(count: count))
    }

    /// A value of 0 to `maximum` limbs, small counts being more likely.
    mutating func integer(upTo maximum: Int) -> BigInteger {
        let count = next() % 3 == 0 ? Int(next() % UInt64(maximum + 1)) : Int(next() % UInt64(min(maximum, 4) + 1))
        return integer(count: count)
    }
}

/// Limbs on edges: carries, borrows and quotient estimates go wrong there first.
let edgeLimbs: [UInt64] = [0, 1, .max, .max - 1, 1 << 63, (1 << 63) - 1, 1 << 32, (1 << 32) - 1]

/// The oracle's value of `x`.
func oracle(_ x: BigInteger) -> BigInt {
    BigInt(sign: x.negative ? .minus : .plus, magnitude: BigUInt(words: x.limbs.map { UInt($0) }))
}

/// The oracle's unsigned value of a magnitude.
func oracle(magnitude limbs: [UInt64]) -> BigUInt {
    BigUInt(words: limbs.map { UInt($0) })
}

/// The value of the oracle's `x`.
func fromOracle(_ x: BigInt) -> BigInteger {
    BigInteger(negative: x.sign == .minus, limbs: x.magnitude.words.map { UInt64($0) })
}

/// The limbs of the oracle's `x`, normalized.
func limbs(of x: BigUInt) -> [UInt64] {
    var limbs = x.words.map { UInt64($0) }
    while limbs.last == 0 { limbs.removeLast() }
    return limbs
}

/// Values that sit on edges: 0, ±1, ±2^63, ±(2^63 − 1), ±(2^64 − 1), ±2^64, limb boundaries,
/// powers of two, and numbers just around the kernels' thresholds.
let edgeValues: [BigInteger] = {
    var values: [BigInteger] = [0, 1, -1, 2, -2, Int64.max.bigInteger, Int64.min.bigInteger]
    let twoTo63 = BigInteger(UInt64(1) << 63)
    let allOnes = BigInteger(UInt64.max)
    for v in [twoTo63, allOnes, allOnes + 1, twoTo63 - 1, twoTo63 + 1] {
        values.append(v)
        values.append(-v)
    }
    for bits in [62, 63, 64, 65, 127, 128, 129, 191, 192, 1000, 64 * 32, 64 * 48, 64 * 64] {
        let p = BigInteger(1).shiftedLeft(by: bits)
        values += [p, p - 1, p + 1, -p, -(p - 1), -(p + 1)]
    }
    return values
}()

extension Int64 {
    var bigInteger: BigInteger { BigInteger(self) }
}

/// The Self (floored) quotient and modulo of small integers, as the VM's primitives compute them.
func selfFloorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
    var quotient = a / b
    if (a % b != 0) && ((a < 0) != (b < 0)) { quotient -= 1 }
    var remainder = a % b
    if remainder != 0 && ((remainder < 0) != (b < 0)) { remainder += b }
    return (quotient, remainder)
}

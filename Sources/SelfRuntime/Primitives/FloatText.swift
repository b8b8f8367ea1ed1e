/// Floats as text, and their hash (docs/numbers.md).
enum FloatText {
    /// The shortest decimal that reads back as the same double (`1.0`, `0.1`,
    /// `1e-05`, `1.2345678901234568e+17`, `-0.0`, `inf`, `-inf`, `nan`): Swift's
    /// `description`, which is what Python's `repr` prints too.
    static func shortest(_ value: Double) -> String { value.description }

    /// A double read from text as `shortest` writes it, or as a float literal is
    /// written (`1.5`, `-2`, `3e8`, `inf`, `nan`); nil for anything else. Leading
    /// and trailing blanks are not allowed, nor hexadecimal forms.
    static func parse(_ text: String) -> Double? {
        guard let first = text.utf8.first, first != UInt8(ascii: " "), first != UInt8(ascii: "+"),
            text.utf8.allSatisfy({ $0 > 32 && $0 < 127 }), !text.lowercased().contains("x")
        else { return nil }
        return Double(text)
    }

    /// The modulus of numeric hashes: 2^61 − 1, a prime, so that equal integers and
    /// floats hash alike without either being converted to the other.
    static let hashModulus: UInt64 = (1 << 61) - 1

    /// The hash of a float, equal to the hash of an equal integer: the integer itself
    /// for integral values in the 63-bit range (as `hash` of an integer is itself);
    /// for larger integral values, the residue modulo 2^61 − 1 with the value's sign,
    /// as big integers hash; other values mix their bits into a non-negative integer.
    static func hash(_ value: Double) -> Int64 {
        if value.isFinite && value.rounded(.towardZero) == value {
            if value.magnitude < 4_611_686_018_427_387_904.0 { return Int64(value) }
            // value = significand · 2^exponent, the significand a 53-bit integer.
            let significand = value.significandBitPattern | (1 << 52)
            let exponent = Int(value.exponent) - 52
            // 2^61 ≡ 1 (mod 2^61 − 1): a power of two reduces by its exponent mod 61.
            let power: UInt64 = 1 << UInt64(exponent % 61)
            let residue = multiplyModulo(significand % hashModulus, power % hashModulus)
            return value < 0 ? -Int64(residue) : Int64(residue)
        }
        var bits = value.bitPattern
        bits ^= bits >> 33
        bits &*= 0xff51_afd7_ed55_8ccd
        bits ^= bits >> 33
        return Int64(bits >> 2)
    }

    /// a · b mod 2^61 − 1, for a, b below the modulus.
    static func multiplyModulo(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (high, low) = a.multipliedFullWidth(by: b)
        // The 122-bit product is high · 2^64 + low; 2^64 ≡ 2^3 (mod 2^61 − 1).
        let folded = (low & hashModulus) + (low >> 61) + (high << 3)
        let reduced = (folded & hashModulus) + (folded >> 61)
        return reduced >= hashModulus ? reduced - hashModulus : reduced
    }
}

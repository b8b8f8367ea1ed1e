/// Division of magnitudes: by a limb, Knuth's algorithm D for moderate divisors, and the
/// dispatch to Burnikel–Ziegler (`Magnitude+RecursiveDivision.swift`) for large ones.
extension Magnitude {
    /// Divisors of at least this many limbs, with a quotient at least as long, are divided
    /// by Burnikel–Ziegler's recursive method; shorter ones by Knuth's algorithm D, whose
    /// O(m·n) is then as cheap.
    ///
    /// Measured (release build, x86-64, a 2n-limb number by an n-limb one, best of 7): up to
    /// about 300 limbs the two are within noise of each other, whatever the threshold from
    /// 64 to 192; from 500 limbs on the recursive method wins: 1,024 limbs in 0.57–0.79 ms
    /// against 0.89–1.2 ms, 4,096 limbs in 5.9–7.3 ms against 17 ms.
    public static let burnikelZieglerThreshold = 128

    /// Writes `a ÷ word` into `quotient` and returns its normalized count and the remainder.
    ///
    /// A 2-by-1 division per limb, by the precomputed reciprocal of the normalized divisor
    /// (Möller and Granlund, "Improved division by invariant integers", 2011): multiplications
    /// instead of a hardware division per limb.
    ///
    /// - Precondition: `word ≠ 0`, and `quotient` has room for `a.count` limbs.
    /// - Note: `quotient` may start at the same address as `a` (in-place division).
    /// - Complexity: O(a.count).
    public static func divide(
        _ a: UnsafeBufferPointer<UInt64>, by word: UInt64, quotient: UnsafeMutableBufferPointer<UInt64>
    ) -> (count: Int, remainder: UInt64) {
        precondition(word != 0, "Magnitude.divide: division by zero")
        let na = normalizedCount(a)
        let q = base(quotient, needed: na)
        let remainder = divideWord(q, base(a), na, word)
        return (normalized(q, na), remainder)
    }

    /// Writes `a ÷ b` into `quotient` and `a mod b` into `remainder` (both rounded towards
    /// zero, as all magnitudes are non-negative) and returns their normalized counts.
    ///
    /// A one-limb divisor takes `divide(_:by:quotient:)`; a divisor shorter than
    /// `burnikelZieglerThreshold` limbs, or a quotient shorter than that, Knuth's algorithm D
    /// (The Art of Computer Programming, vol. 2, §4.3.1), O((m − n + 1)·n) for an m-limb `a`
    /// and an n-limb `b`; larger ones Burnikel and Ziegler's recursive division ("Fast
    /// Recursive Division", 1998), O(K(n)·log n) per 2n-by-n block where K is the cost of a
    /// Karatsuba product, so O(n^1.585·log n) for a balanced division.
    ///
    /// - Precondition: `b ≠ 0`; `quotient` has room for `max(a.count − b.count + 1, 0)`
    ///   limbs and `remainder` for `b.count`; neither overlaps an operand or the other.
    public static func divide(
        _ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>,
        quotient: UnsafeMutableBufferPointer<UInt64>, remainder: UnsafeMutableBufferPointer<UInt64>
    ) -> (quotientCount: Int, remainderCount: Int) {
        let na = normalizedCount(a)
        let nb = normalizedCount(b)
        precondition(nb > 0, "Magnitude.divide: division by zero")
        let q = base(quotient, needed: max(na - nb + 1, 0))
        let r = base(remainder, needed: nb)
        let pa = base(a)
        let pb = base(b)
        if na < nb || (na == nb && compareSameLength(pa, pb, na) < 0) {
            copy(r, pa, na)
            return (0, na)
        }
        if nb == 1 {
            r[0] = divideWord(q, pa, na, pb[0])
            return (normalized(q, na), r[0] == 0 ? 0 : 1)
        }
        divideRaw(q, r, pa, na, pb, nb)
        return (normalized(q, na - nb + 1), normalized(r, nb))
    }

    // MARK: Internal helpers on raw pointers

    /// The reciprocal of a normalized divisor `d` (top bit set): `⌊(β² − 1) / d⌋ − β`.
    @inline(__always)
    static func reciprocal(_ d: UInt64) -> UInt64 {
        d.dividingFullWidth((~d, UInt64.max)).quotient
    }

    /// `(u1·β + u0) ÷ d` for a normalized `d` with reciprocal `v` and `u1 < d`: the quotient
    /// and remainder, by Möller and Granlund's algorithm 4.
    @inline(__always)
    static func divide2by1(_ u1: UInt64, _ u0: UInt64, _ d: UInt64, _ v: UInt64) -> (UInt64, UInt64) {
        var (q1, q0) = v.multipliedFullWidth(by: u1)
        let (sum0, carry) = q0.addingReportingOverflow(u0)
        q0 = sum0
        q1 = q1 &+ u1 &+ 1 &+ (carry ? 1 : 0)
        var r = u0 &- q1 &* d
        if r > q0 {
            q1 = q1 &- 1
            r = r &+ d
        }
        if r >= d {
            q1 = q1 &+ 1
            r = r &- d
        }
        return (q1, r)
    }

    /// `q[0..<n] = a[0..<n] ÷ w`; returns the remainder. `q` may be `a`.
    static func divideWord(
        _ q: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int, _ w: UInt64
    ) -> UInt64 {
        guard n > 0 else { return 0 }
        if n == 1 {
            let (quotient, remainder) = a[0].quotientAndRemainder(dividingBy: w)
            q[0] = quotient
            return remainder
        }
        let s = w.leadingZeroBitCount
        let d = w << UInt64(s)
        let v = reciprocal(d)
        var r: UInt64 = 0
        var i = n - 1
        if s == 0 {
            while i >= 0 {
                (q[i], r) = divide2by1(r, a[i], d, v)
                i -= 1
            }
            return r
        }
        let back = UInt64(64 - s)
        r = a[n - 1] >> back
        while i > 0 {
            let u = (a[i] << UInt64(s)) | (a[i - 1] >> back)
            (q[i], r) = divide2by1(r, u, d, v)
            i -= 1
        }
        (q[0], r) = divide2by1(r, a[0] << UInt64(s), d, v)
        return r >> UInt64(s)
    }

    /// `q[0..<na−nb+1] = a ÷ b`, `r[0..<nb] = a mod b`, for normalized `a[0..<na]` and
    /// `b[0..<nb]` with `na ≥ nb ≥ 2`; the outputs are not normalized. Chooses Knuth or
    /// Burnikel–Ziegler.
    static func divideRaw(
        _ q: UnsafeMutablePointer<UInt64>, _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>,
        _ na: Int, _ b: UnsafePointer<UInt64>, _ nb: Int
    ) {
        if nb >= burnikelZieglerThreshold && na - nb >= burnikelZieglerThreshold {
            divideBurnikelZiegler(q, r, a, na, b, nb)
        } else {
            divideKnuth(q, r, a, na, b, nb)
        }
    }

    /// Knuth's algorithm D: `q[0..<na−nb+1] = a ÷ b`, `r[0..<nb] = a mod b`, for `a[0..<na]`
    /// and normalized `b[0..<nb]`, `na ≥ nb ≥ 2` (`a` may have zero top limbs). The divisor
    /// is shifted so that its top bit is set; each quotient limb is estimated from the top
    /// three limbs of the running remainder and the top two of the divisor, which is off by
    /// at most one, fixed by adding back. O((na − nb + 1)·nb).
    static func divideKnuth(
        _ q: UnsafeMutablePointer<UInt64>, _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>,
        _ na: Int, _ b: UnsafePointer<UInt64>, _ nb: Int
    ) {
        let s = b[nb - 1].leadingZeroBitCount
        withScratch(capacity: na + 1 + nb) { u in
            let v = u + na + 1
            u[na] = shiftLeftRaw(u, a, na, s)
            _ = shiftLeftRaw(v, b, nb, s)
            let v1 = v[nb - 1]
            let v0 = v[nb - 2]
            let reciprocalV1 = reciprocal(v1)
            var j = na - nb
            while j >= 0 {
                let u2 = u[j + nb]
                let u1 = u[j + nb - 1]
                let u0 = u[j + nb - 2]
                var qhat: UInt64
                var rhat: UInt64
                var rhatOverflowed = false
                if u2 >= v1 {
                    // u2 == v1: the estimate β − 1, with rhat = u1 + v1.
                    qhat = UInt64.max
                    (rhat, rhatOverflowed) = u1.addingReportingOverflow(v1)
                } else {
                    (qhat, rhat) = divide2by1(u2, u1, v1, reciprocalV1)
                }
                // Refine with the second divisor limb: at most two steps.
                while !rhatOverflowed {
                    let (high, low) = qhat.multipliedFullWidth(by: v0)
                    guard high > rhat || (high == rhat && low > u0) else { break }
                    qhat -= 1
                    (rhat, rhatOverflowed) = rhat.addingReportingOverflow(v1)
                }
                let borrow = multiplySubtractWord(u + j, v, nb, qhat)
                let (top, negative) = u[j + nb].subtractingReportingOverflow(borrow)
                u[j + nb] = top
                if negative {
                    qhat -= 1
                    let carry = addSameLength(u + j, u + j, v, nb)
                    u[j + nb] = u[j + nb] &+ carry
                }
                q[j] = qhat
                j -= 1
            }
            shiftRightRaw(r, u, nb, s)
        }
    }
}

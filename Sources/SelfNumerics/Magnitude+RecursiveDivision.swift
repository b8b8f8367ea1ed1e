/// Burnikel and Ziegler's recursive division ("Fast Recursive Division", MPI-I-98-1-022,
/// 1998).
///
/// Two mutually recursive steps divide a 2n-limb number by an n-limb one (`divide2n1n`) and a
/// 3h-limb number by a 2h-limb one (`divide3n2n`), each quotient half costing one recursive
/// division and one h-by-h Karatsuba product, so a 2n-by-n division costs O(K(n)·log n) where
/// K(n) = O(n^1.585). A long dividend is cut into n-limb blocks and divided block by block, as
/// in schoolbook division with n-limb "digits". Blocks shorter than
/// `burnikelZieglerThreshold` limbs (or of odd size) go to Knuth's algorithm D.
extension Magnitude {
    /// `q[0..<na−nb+1] = a ÷ b`, `r[0..<nb] = a mod b` for normalized `a[0..<na]` and
    /// `b[0..<nb]`, `na ≥ nb ≥ 2`; the outputs are not normalized.
    static func divideBurnikelZiegler(
        _ q: UnsafeMutablePointer<UInt64>, _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>,
        _ na: Int, _ b: UnsafePointer<UInt64>, _ nb: Int
    ) {
        // The block size n = j·2^k ≥ nb, where halving k times leaves blocks of j limbs, j
        // below the threshold: the recursion then bottoms out on Knuth.
        let quotientOfThreshold = nb / burnikelZieglerThreshold
        let m = 1 << (64 - UInt64(quotientOfThreshold).leadingZeroBitCount)
        let j = (nb + m - 1) / m
        let n = j * m
        // Shift both so that the divisor fills n limbs with its top bit set.
        let divisorBits = nb * 64 - b[nb - 1].leadingZeroBitCount
        let sigma = n * 64 - divisorBits
        // Blocks of the shifted dividend: enough that the top one is below β^n / 2 < B.
        let dividendBits = na * 64 - a[na - 1].leadingZeroBitCount + sigma
        let t = max(2, (dividendBits + 1 + 64 * n - 1) / (64 * n))
        var shiftedA = [UInt64](repeating: 0, count: t * n + 1)
        var shiftedB = [UInt64](repeating: 0, count: n)
        var quotient = [UInt64](repeating: 0, count: (t - 1) * n)
        var z = [UInt64](repeating: 0, count: 2 * n)
        var remainder = [UInt64](repeating: 0, count: n)
        shiftedA.withUnsafeMutableBufferPointer { sa in
            let sa = sa.baseAddress!
            let limbShift = sigma / 64
            sa[na + limbShift] = shiftLeftRaw(sa + limbShift, a, na, sigma % 64)
            shiftedB.withUnsafeMutableBufferPointer { sb in
                let sb = sb.baseAddress!
                _ = shiftLeftRaw(sb + limbShift, b, nb, sigma % 64)
                quotient.withUnsafeMutableBufferPointer { qb in
                    z.withUnsafeMutableBufferPointer { zb in
                        remainder.withUnsafeMutableBufferPointer { rb in
                            let z = zb.baseAddress!
                            let rem = rb.baseAddress!
                            copy(z, sa + (t - 2) * n, 2 * n)
                            var i = t - 2
                            while i >= 0 {
                                divide2n1n(qb.baseAddress! + i * n, rem, UnsafePointer(z), UnsafePointer(sb), n)
                                if i > 0 {
                                    copy(z, sa + (i - 1) * n, n)
                                    copy(z + n, rem, n)
                                }
                                i -= 1
                            }
                            shiftRightRaw(rem + limbShift, rem + limbShift, n - limbShift, sigma % 64)
                            copy(r, rem + limbShift, nb)
                        }
                    }
                }
                let qn = min((t - 1) * n, na - nb + 1)
                quotient.withUnsafeBufferPointer { copy(q, $0.baseAddress!, qn) }
                zero(q + qn, na - nb + 1 - qn)
            }
        }
    }

    /// `q[0..<n] = a ÷ b`, `r[0..<n] = a mod b` for `a[0..<2n] < b·β^n` and `b[0..<n]` with its
    /// top bit set. No output overlaps an input.
    static func divide2n1n(
        _ q: UnsafeMutablePointer<UInt64>, _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>,
        _ b: UnsafePointer<UInt64>, _ n: Int
    ) {
        if n % 2 == 1 || n < burnikelZieglerThreshold {
            let na = normalized(a, 2 * n)
            if compareRaw(a, na, b, n) < 0 {
                zero(q, n)
                copy(r, a, n)
                return
            }
            withScratch(capacity: n + 1) { quotient in
                divideKnuth(quotient, r, a, na, b, n)
                copy(q, quotient, na - n + 1 <= n ? na - n + 1 : n)
                if na - n + 1 < n { zero(q + na - n + 1, n - (na - n + 1)) }
            }
            return
        }
        let h = n / 2
        withScratch(capacity: 3 * h) { z in
            // The high quotient half from the top three quarters, then the low half from the
            // remainder and the last quarter.
            divide3n2n(q + h, z + h, a + h, b, h)
            copy(z, a, h)
            divide3n2n(q, r, UnsafePointer(z), b, h)
        }
    }

    /// `q[0..<h] = a ÷ b`, `r[0..<2h] = a mod b` for `a[0..<3h] < b·β^h` and `b[0..<2h]` with its
    /// top bit set. No output overlaps an input.
    static func divide3n2n(
        _ q: UnsafeMutablePointer<UInt64>, _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>,
        _ b: UnsafePointer<UInt64>, _ h: Int
    ) {
        let a1 = a + 2 * h
        let b1 = b + h
        withScratch(capacity: 6 * h + 3) { x in
            // x = r1·β^h + a3, 2h + 1 limbs; d = q̂·b2; t a work area.
            let d = x + 2 * h + 1
            let t = d + 2 * h + 1
            if compareSameLength(a1, b1, h) < 0 {
                divide2n1n(q, x + h, a + h, b1, h)
                x[2 * h] = 0
            } else {
                // q̂ = β^h − 1, r1 = a12 − q̂·b1 = a12 + b1 − b1·β^h, at most h + 1 limbs.
                q.update(repeating: UInt64.max, count: h)
                copy(t, a + h, 2 * h)
                t[2 * h] = 0
                _ = addInPlace(t, 2 * h + 1, b1, h)
                _ = subtractInPlace(t + h, h + 1, b1, h)
                copy(x + h, t, h + 1)
            }
            copy(x, a, h)
            multiplyRaw(d, q, h, b, h)
            d[2 * h] = 0
            if compareSameLength(x, d, 2 * h + 1) >= 0 {
                _ = subtractSameLength(x, x, d, 2 * h + 1)
                copy(r, x, 2 * h)
                return
            }
            // The estimate was too large (by at most 2): add b back until the remainder is
            // non-negative, tracking the deficit d − x as a magnitude.
            _ = subtractSameLength(d, d, x, 2 * h + 1)
            while true {
                _ = subtractBorrow(q, q, h, borrow: 1)
                if compareRaw(d, 2 * h + 1, b, 2 * h) <= 0 {
                    _ = subtractRaw(r, b, 2 * h, d, 2 * h)
                    return
                }
                _ = subtractInPlace(d, 2 * h + 1, b, 2 * h)
            }
        }
    }
}

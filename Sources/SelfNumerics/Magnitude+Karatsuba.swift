/// Karatsuba multiplication and squaring, and the piecewise product of unbalanced operands.
///
/// The subtractive form: with `a = a1·β^m + a0` and `b = b1·β^m + b0` (β = 2^64),
/// `a·b = z2·β^2m + (z0 + z2 − (a0 − a1)(b0 − b1))·β^m + z0`, where `z0 = a0·b0` and
/// `z2 = a1·b1`. The three half-size products recurse, so the cost is O(n^log2(3)) ≈
/// O(n^1.585). The signed middle product keeps every recursive operand at `m` limbs.
extension Magnitude {
    /// `r[0..<na+nb] = a[0..<na] × b[0..<nb]` with `na ≥ nb > ⌈na/2⌉`.
    static func multiplyKaratsuba(
        _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ na: Int, _ b: UnsafePointer<UInt64>,
        _ nb: Int
    ) {
        let m = (na + 1) / 2
        let ha = na - m
        let hb = nb - m
        // z0 into the low 2m limbs, z2 into the rest.
        multiplyRaw(r, a, m, b, m)
        multiplyRaw(r + 2 * m, a + m, ha, b + m, hb)
        withScratch(capacity: 6 * m + 1) { da in
            let db = da + m
            let product = db + m
            let middle = product + 2 * m
            let signA = absoluteDifference(da, a, m, a + m, ha)
            let signB = absoluteDifference(db, b, m, b + m, hb)
            let nda = normalized(da, m)
            let ndb = normalized(db, m)
            if nda > 0 && ndb > 0 {
                multiplyRaw(product, da, nda, db, ndb)
                zero(product + nda + ndb, 2 * m - nda - ndb)
            } else {
                zero(product, 2 * m)
            }
            // middle = z0 + z2 ∓ |a0 − a1|·|b0 − b1|
            copy(middle, r, 2 * m)
            middle[2 * m] = 0
            _ = addInPlace(middle, 2 * m + 1, r + 2 * m, ha + hb)
            if signA == signB {
                _ = subtractInPlace(middle, 2 * m + 1, product, 2 * m)
            } else {
                _ = addInPlace(middle, 2 * m + 1, product, 2 * m)
            }
            let nm = normalized(middle, 2 * m + 1)
            _ = addInPlace(r + m, na + nb - m, middle, nm)
        }
    }

    /// `r[0..<2n] = a[0..<n]²` by Karatsuba: `a² = z2·β^2m + (z0 + z2 − (a0 − a1)²)·β^m + z0`.
    static func squareKaratsuba(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int) {
        let m = (n + 1) / 2
        let h = n - m
        squareRaw(r, a, m)
        squareRaw(r + 2 * m, a + m, h)
        withScratch(capacity: 5 * m + 1) { d in
            let product = d + m
            let middle = product + 2 * m
            _ = absoluteDifference(d, a, m, a + m, h)
            let nd = normalized(d, m)
            if nd > 0 {
                squareRaw(product, d, nd)
                zero(product + 2 * nd, 2 * m - 2 * nd)
            } else {
                zero(product, 2 * m)
            }
            copy(middle, r, 2 * m)
            middle[2 * m] = 0
            _ = addInPlace(middle, 2 * m + 1, r + 2 * m, 2 * h)
            _ = subtractInPlace(middle, 2 * m + 1, product, 2 * m)
            let nm = normalized(middle, 2 * m + 1)
            _ = addInPlace(r + m, 2 * n - m, middle, nm)
        }
    }

    /// `r[0..<na+nb] = a[0..<na] × b[0..<nb]` for `na` much longer than `nb`: `a` is cut into
    /// pieces of `nb` limbs, each multiplied by `b` (balanced, so Karatsuba) and added in.
    /// O((na/nb)·nb^1.585).
    static func multiplyUnbalanced(
        _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ na: Int, _ b: UnsafePointer<UInt64>,
        _ nb: Int
    ) {
        zero(r, na + nb)
        withScratch(capacity: 2 * nb) { piece in
            var offset = 0
            while offset < na {
                let length = min(nb, na - offset)
                multiplyRaw(piece, a + offset, length, b, nb)
                _ = addInPlace(r + offset, na + nb - offset, piece, length + nb)
                offset += length
            }
        }
    }

    /// `r[0..<m] = |x[0..<m] − y[0..<ny]|` with `ny ≤ m`; returns whether `x ≥ y`.
    static func absoluteDifference(
        _ r: UnsafeMutablePointer<UInt64>, _ x: UnsafePointer<UInt64>, _ m: Int, _ y: UnsafePointer<UInt64>,
        _ ny: Int
    ) -> Bool {
        if compareRaw(x, m, y, ny) >= 0 {
            _ = subtractRaw(r, x, m, y, ny)
            return true
        }
        // y > x, so x's significant limbs number at most ny.
        let nx = normalized(x, m)
        _ = subtractRaw(r, y, ny, x, nx)
        zero(r + ny, m - ny)
        return false
    }
}

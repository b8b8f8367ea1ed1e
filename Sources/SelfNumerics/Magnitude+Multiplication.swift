/// Multiplication of magnitudes: by a limb, schoolbook, and the dispatch to Karatsuba
/// (`Magnitude+Karatsuba.swift`) above `karatsubaThreshold`.
extension Magnitude {
    /// Operands shorter than this many limbs (the shorter one, for a product) are multiplied
    /// by the schoolbook method; longer ones by Karatsuba's.
    ///
    /// Measured (release build, x86-64, n×n-limb products, best of 7): schoolbook and
    /// Karatsuba cross between 24 and 40 limbs; thresholds from 20 to 32 are within noise of
    /// each other at every size; 1,024 × 1,024 limbs take 0.31 ms against 1.19 ms for
    /// schoolbook alone.
    public static let karatsubaThreshold = 32

    /// Squares shorter than this many limbs use the schoolbook squaring (half the limb
    /// products of a multiplication); longer ones Karatsuba's squaring.
    ///
    /// Measured like `karatsubaThreshold`: thresholds from 40 to 64 are within noise of each
    /// other; a 1,024-limb square takes 0.22–0.27 ms against 0.61 ms for schoolbook alone.
    public static let karatsubaSquareThreshold = 48

    /// Writes `a × word + addend` into `result` and returns its normalized count.
    ///
    /// - Precondition: `result` has room for `a.count + 1` limbs.
    /// - Note: `result` may start at the same address as `a`.
    /// - Complexity: O(a.count).
    public static func multiply(
        _ a: UnsafeBufferPointer<UInt64>, by word: UInt64, adding addend: UInt64,
        into result: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        let na = normalizedCount(a)
        let r = base(result, needed: na + 1)
        let carry = multiplyWord(r, base(a), na, word, carry: addend)
        r[na] = carry
        return carry != 0 ? na + 1 : normalized(r, na)
    }

    /// Writes `a × b` into `result` and returns its normalized count. When `a` and `b` are the
    /// same buffer, it squares, which costs about half as much on small operands.
    ///
    /// Schoolbook below `karatsubaThreshold` limbs, O(n·m); Karatsuba above, O(n^1.585) for
    /// balanced operands; an operand more than twice as long as the other is cut into pieces
    /// of the shorter one's length, each multiplied by Karatsuba's method.
    ///
    /// - Precondition: `result` has room for `a.count + b.count` limbs and overlaps neither
    ///   operand.
    public static func multiply(
        _ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>,
        into result: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        let na = normalizedCount(a)
        let nb = normalizedCount(b)
        let r = base(result, needed: na + nb)
        if na == 0 || nb == 0 { return 0 }
        if a.baseAddress == b.baseAddress && na == nb {
            squareRaw(r, base(a), na)
        } else {
            multiplyRaw(r, base(a), na, base(b), nb)
        }
        return normalized(r, na + nb)
    }

    /// Writes `a²` into `result` and returns its normalized count. Schoolbook below
    /// `karatsubaSquareThreshold` limbs, Karatsuba above (O(n^1.585)).
    ///
    /// - Precondition: `result` has room for `2 × a.count` limbs and does not overlap `a`.
    public static func square(_ a: UnsafeBufferPointer<UInt64>, into result: UnsafeMutableBufferPointer<UInt64>)
        -> Int
    {
        let na = normalizedCount(a)
        let r = base(result, needed: 2 * na)
        if na == 0 { return 0 }
        squareRaw(r, base(a), na)
        return normalized(r, 2 * na)
    }

    // MARK: Internal helpers on raw pointers

    /// `r[0..<n] = a[0..<n] × w + carry`; returns the high limb. `r` may be `a`.
    @inline(__always)
    static func multiplyWord(
        _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int, _ w: UInt64, carry: UInt64 = 0
    ) -> UInt64 {
        var carry = carry
        var i = 0
        while i < n {
            let (high, low) = a[i].multipliedFullWidth(by: w)
            let (s, o) = low.addingReportingOverflow(carry)
            r[i] = s
            carry = high &+ (o ? 1 : 0)
            i += 1
        }
        return carry
    }

    /// `r[0..<n] += a[0..<n] × w`; returns the limb carried out of `r[n − 1]`.
    @inline(__always)
    static func multiplyAddWord(
        _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int, _ w: UInt64
    ) -> UInt64 {
        var carry: UInt64 = 0
        var i = 0
        while i < n {
            let (high, low) = a[i].multipliedFullWidth(by: w)
            let (s1, o1) = low.addingReportingOverflow(r[i])
            let (s2, o2) = s1.addingReportingOverflow(carry)
            r[i] = s2
            carry = high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            i += 1
        }
        return carry
    }

    /// `r[0..<n] −= a[0..<n] × w`; returns the limb to subtract from `r[n]` (the borrow out).
    @inline(__always)
    static func multiplySubtractWord(
        _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int, _ w: UInt64
    ) -> UInt64 {
        var carry: UInt64 = 0
        var i = 0
        while i < n {
            let (high, low) = a[i].multipliedFullWidth(by: w)
            let (productLow, o1) = low.addingReportingOverflow(carry)
            let (d, o2) = r[i].subtractingReportingOverflow(productLow)
            r[i] = d
            carry = high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            i += 1
        }
        return carry
    }

    /// `r[0..<na+nb] = a[0..<na] × b[0..<nb]`, operands possibly with zero top limbs, `na` and
    /// `nb` at least 1, `r` overlapping neither. Schoolbook, O(na·nb).
    static func multiplySchoolbook(
        _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ na: Int, _ b: UnsafePointer<UInt64>,
        _ nb: Int
    ) {
        r[na] = multiplyWord(r, a, na, b[0])
        var j = 1
        while j < nb {
            r[j + na] = multiplyAddWord(r + j, a, na, b[j])
            j += 1
        }
    }

    /// `r[0..<2n] = a[0..<n]²`, `n ≥ 1`, `r` not overlapping `a`. Schoolbook squaring: the
    /// products a[i]·a[j] with i < j once, doubled, plus the squares a[i]². O(n²/2).
    static func squareSchoolbook(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int) {
        zero(r, 2 * n)
        // The off-diagonal products.
        var i = 0
        while i < n - 1 {
            r[i + n] = multiplyAddWord(r + 2 * i + 1, a + i + 1, n - i - 1, a[i])
            i += 1
        }
        // Doubled: a shift left by one bit.
        var carry: UInt64 = 0
        i = 0
        while i < 2 * n {
            let limb = r[i]
            r[i] = (limb << 1) | carry
            carry = limb >> 63
            i += 1
        }
        // Plus the diagonal.
        var c: UInt64 = 0
        i = 0
        while i < n {
            let (high, low) = a[i].multipliedFullWidth(by: a[i])
            let (s1, o1) = r[2 * i].addingReportingOverflow(low)
            let (s2, o2) = s1.addingReportingOverflow(c)
            r[2 * i] = s2
            let carryIn: UInt64 = (o1 ? 1 : 0) + (o2 ? 1 : 0)
            let (t1, p1) = r[2 * i + 1].addingReportingOverflow(high)
            let (t2, p2) = t1.addingReportingOverflow(carryIn)
            r[2 * i + 1] = t2
            c = (p1 ? 1 : 0) + (p2 ? 1 : 0)
            i += 1
        }
    }

    /// `r[0..<na+nb] = a[0..<na] × b[0..<nb]`, operands possibly with zero top limbs, `na` and
    /// `nb` at least 1, `r` overlapping neither: the dispatch between schoolbook, balanced
    /// Karatsuba and the piecewise product of unbalanced operands.
    static func multiplyRaw(
        _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ na: Int, _ b: UnsafePointer<UInt64>,
        _ nb: Int
    ) {
        if na < nb {
            multiplyRaw(r, b, nb, a, na)
            return
        }
        if nb < karatsubaThreshold {
            multiplySchoolbook(r, a, na, b, nb)
        } else if 2 * nb <= na + 1 {
            multiplyUnbalanced(r, a, na, b, nb)
        } else {
            multiplyKaratsuba(r, a, na, b, nb)
        }
    }

    /// `r[0..<2n] = a[0..<n]²`, `n ≥ 1`: schoolbook or Karatsuba squaring.
    static func squareRaw(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int) {
        if n < karatsubaSquareThreshold {
            squareSchoolbook(r, a, n)
        } else {
            squareKaratsuba(r, a, n)
        }
    }
}

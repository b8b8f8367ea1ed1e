/// Addition and subtraction of magnitudes, and of a single limb. All are linear in the
/// operands' lengths and allocate nothing.
extension Magnitude {
    /// Writes `a + b` into `result` and returns its normalized count.
    ///
    /// - Precondition: `result` has room for `max(a.count, b.count) + 1` limbs.
    /// - Note: `result` may start at the same address as `a` or `b` (in-place addition), but
    ///   must not otherwise overlap them.
    /// - Complexity: O(max(a.count, b.count)).
    public static func add(
        _ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>,
        into result: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        var na = normalizedCount(a)
        var nb = normalizedCount(b)
        var pa = base(a)
        var pb = base(b)
        if na < nb {
            swap(&na, &nb)
            swap(&pa, &pb)
        }
        let r = base(result, needed: na + 1)
        let carry = addRaw(r, pa, na, pb, nb)
        r[na] = carry
        return carry != 0 ? na + 1 : normalized(r, na)
    }

    /// Writes `a − b` into `result` and returns its normalized count.
    ///
    /// - Precondition: `a ≥ b`, and `result` has room for `a.count` limbs.
    /// - Note: `result` may start at the same address as `a` or `b`, but must not otherwise
    ///   overlap them.
    /// - Complexity: O(a.count).
    public static func subtract(
        _ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>,
        into result: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        let na = normalizedCount(a)
        let nb = normalizedCount(b)
        precondition(na >= nb, "Magnitude.subtract: a < b")
        let r = base(result, needed: na)
        let borrow = subtractRaw(r, base(a), na, base(b), nb)
        precondition(borrow == 0, "Magnitude.subtract: a < b")
        return normalized(r, na)
    }

    /// Writes `a + word` into `result` and returns its normalized count.
    ///
    /// - Precondition: `result` has room for `a.count + 1` limbs.
    /// - Note: `result` may start at the same address as `a`.
    /// - Complexity: O(a.count), O(1) when no carry ripples and `result` is `a`.
    public static func add(
        _ a: UnsafeBufferPointer<UInt64>, word: UInt64, into result: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        let na = normalizedCount(a)
        let r = base(result, needed: na + 1)
        let carry = addCarry(r, base(a), na, carry: word)
        r[na] = carry
        return carry != 0 ? na + 1 : normalized(r, na)
    }

    /// Writes `a − word` into `result` and returns its normalized count.
    ///
    /// - Precondition: `a ≥ word`, and `result` has room for `a.count` limbs.
    /// - Note: `result` may start at the same address as `a`.
    /// - Complexity: O(a.count), O(1) when no borrow ripples and `result` is `a`.
    public static func subtract(
        _ a: UnsafeBufferPointer<UInt64>, word: UInt64, into result: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        let na = normalizedCount(a)
        let r = base(result, needed: na)
        let borrow = subtractBorrow(r, base(a), na, borrow: word)
        precondition(borrow == 0, "Magnitude.subtract: a < word")
        return normalized(r, na)
    }

    // MARK: Internal helpers on raw pointers

    /// `r[0..<n] = a[0..<n] + b[0..<n] + carry`; returns the carry out (0 or 1).
    /// `r` may be `a` or `b`.
    @inline(__always)
    static func addSameLength(
        _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ b: UnsafePointer<UInt64>, _ n: Int,
        carry: UInt64 = 0
    ) -> UInt64 {
        var carry = carry
        var i = 0
        while i < n {
            let (s1, o1) = a[i].addingReportingOverflow(b[i])
            let (s2, o2) = s1.addingReportingOverflow(carry)
            r[i] = s2
            carry = (o1 ? 1 : 0) | (o2 ? 1 : 0)
            i += 1
        }
        return carry
    }

    /// `r[0..<n] = a[0..<n] − b[0..<n] − borrow`; returns the borrow out (0 or 1).
    /// `r` may be `a` or `b`.
    @inline(__always)
    static func subtractSameLength(
        _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ b: UnsafePointer<UInt64>, _ n: Int,
        borrow: UInt64 = 0
    ) -> UInt64 {
        var borrow = borrow
        var i = 0
        while i < n {
            let (d1, o1) = a[i].subtractingReportingOverflow(b[i])
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            r[i] = d2
            borrow = (o1 ? 1 : 0) | (o2 ? 1 : 0)
            i += 1
        }
        return borrow
    }

    /// `r[0..<n] = a[0..<n] + carry` for any limb `carry`; returns the carry out (0 or 1, or
    /// `carry` itself when `n` is 0). `r` may be `a`; then it stops as soon as the carry dies.
    @inline(__always)
    static func addCarry(
        _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int, carry: UInt64
    ) -> UInt64 {
        var carry = carry
        var i = 0
        while i < n && carry != 0 {
            let (s, o) = a[i].addingReportingOverflow(carry)
            r[i] = s
            carry = o ? 1 : 0
            i += 1
        }
        if i < n { copy(r + i, a + i, n - i) }
        return carry
    }

    /// `r[0..<n] = a[0..<n] − borrow` for any limb `borrow`; returns the borrow out (0 or 1, or
    /// `borrow` itself when `n` is 0). `r` may be `a`; then it stops as soon as the borrow dies.
    @inline(__always)
    static func subtractBorrow(
        _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int, borrow: UInt64
    ) -> UInt64 {
        var borrow = borrow
        var i = 0
        while i < n && borrow != 0 {
            let (d, o) = a[i].subtractingReportingOverflow(borrow)
            r[i] = d
            borrow = o ? 1 : 0
            i += 1
        }
        if i < n { copy(r + i, a + i, n - i) }
        return borrow
    }

    /// `r[0..<na] = a[0..<na] + b[0..<nb]` with `na ≥ nb`; returns the carry out.
    /// `r` may be `a` or `b`.
    static func addRaw(
        _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ na: Int, _ b: UnsafePointer<UInt64>,
        _ nb: Int
    ) -> UInt64 {
        let carry = addSameLength(r, a, b, nb)
        return addCarry(r + nb, a + nb, na - nb, carry: carry)
    }

    /// `r[0..<na] = a[0..<na] − b[0..<nb]` with `na ≥ nb`; returns the borrow out.
    /// `r` may be `a` or `b`.
    static func subtractRaw(
        _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ na: Int, _ b: UnsafePointer<UInt64>,
        _ nb: Int
    ) -> UInt64 {
        let borrow = subtractSameLength(r, a, b, nb)
        return subtractBorrow(r + nb, a + nb, na - nb, borrow: borrow)
    }

    /// `r[0..<nr] += b[0..<nb]` with `nr ≥ nb`, in place; returns the carry out.
    @inline(__always)
    static func addInPlace(
        _ r: UnsafeMutablePointer<UInt64>, _ nr: Int, _ b: UnsafePointer<UInt64>, _ nb: Int
    ) -> UInt64 {
        addRaw(r, UnsafePointer(r), nr, b, nb)
    }

    /// `r[0..<nr] −= b[0..<nb]` with `nr ≥ nb`, in place; returns the borrow out.
    @inline(__always)
    static func subtractInPlace(
        _ r: UnsafeMutablePointer<UInt64>, _ nr: Int, _ b: UnsafePointer<UInt64>, _ nb: Int
    ) -> UInt64 {
        subtractRaw(r, UnsafePointer(r), nr, b, nb)
    }
}

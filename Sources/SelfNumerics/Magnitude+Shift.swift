/// Shifts of magnitudes by any number of bits. Linear, no allocation.
extension Magnitude {
    /// Writes `a × 2^bits` into `result` and returns its normalized count.
    ///
    /// - Precondition: `bits ≥ 0`, and `result` has room for `a.count + bits / 64 + 1` limbs.
    /// - Note: `result` may start at the same address as `a` (it works from the top down).
    /// - Complexity: O(a.count + bits / 64).
    public static func shiftLeft(
        _ a: UnsafeBufferPointer<UInt64>, bits: Int, into result: UnsafeMutableBufferPointer<UInt64>
    )
        -> Int
    {
        precondition(bits >= 0, "Magnitude.shiftLeft: negative shift")
        let na = normalizedCount(a)
        let limbShift = bits / 64
        let r = base(result, needed: na + limbShift + 1)
        guard na > 0 else { return 0 }
        let top = shiftLeftRaw(r + limbShift, base(a), na, bits % 64)
        r[na + limbShift] = top
        zero(r, limbShift)
        return top != 0 ? na + limbShift + 1 : na + limbShift
    }

    /// Writes `a ÷ 2^bits` (rounded down) into `result` and returns its normalized count.
    ///
    /// - Precondition: `bits ≥ 0`, and `result` has room for `max(a.count − bits / 64, 0)`
    ///   limbs.
    /// - Note: `result` may start at the same address as `a` (it works from the bottom up).
    /// - Complexity: O(a.count − bits / 64).
    public static func shiftRight(
        _ a: UnsafeBufferPointer<UInt64>, bits: Int, into result: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        precondition(bits >= 0, "Magnitude.shiftRight: negative shift")
        let na = normalizedCount(a)
        let limbShift = bits / 64
        guard limbShift < na else { return 0 }
        let n = na - limbShift
        let r = base(result, needed: n)
        shiftRightRaw(r, base(a) + limbShift, n, bits % 64)
        return normalized(r, n)
    }

    // MARK: Internal helpers on raw pointers

    /// `r[0..<n] = (a[0..<n] << shift)` truncated to n limbs, `0 ≤ shift < 64`; returns the
    /// bits shifted out of the top. `r` may be `a`, or start above it.
    @inline(__always)
    static func shiftLeftRaw(
        _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int, _ shift: Int
    ) -> UInt64 {
        guard n > 0 else { return 0 }
        if shift == 0 {
            if UnsafePointer(r) != a { r.update(from: a, count: n) }  // memmove-safe either way
            return 0
        }
        let back = 64 - shift
        let out = a[n - 1] >> UInt64(back)
        var i = n - 1
        while i > 0 {
            r[i] = (a[i] << UInt64(shift)) | (a[i - 1] >> UInt64(back))
            i -= 1
        }
        r[0] = a[0] << UInt64(shift)
        return out
    }

    /// `r[0..<n] = a[0..<n] >> shift`, `0 ≤ shift < 64`; returns the bits shifted out of the
    /// bottom (in the high bits of the limb). `r` may be `a`, or start below it.
    @inline(__always)
    @discardableResult
    static func shiftRightRaw(
        _ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int, _ shift: Int
    ) -> UInt64 {
        guard n > 0 else { return 0 }
        if shift == 0 {
            if UnsafePointer(r) != a { r.update(from: a, count: n) }
            return 0
        }
        let back = 64 - shift
        let out = a[0] << UInt64(back)
        var i = 0
        while i < n - 1 {
            r[i] = (a[i] >> UInt64(shift)) | (a[i + 1] << UInt64(back))
            i += 1
        }
        r[n - 1] = a[n - 1] >> UInt64(shift)
        return out
    }
}

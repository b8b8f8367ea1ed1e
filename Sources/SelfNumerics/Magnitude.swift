/// Kernels on magnitudes: unsigned integers stored as little-endian `UInt64` limbs.
///
/// A magnitude is a run of limbs, least significant first. It is *normalized* when its most
/// significant limb is not zero; zero is the empty run. Every kernel takes its operands as
/// `UnsafeBufferPointer<UInt64>` and writes its result into a caller-provided
/// `UnsafeMutableBufferPointer<UInt64>` of a documented sufficient size, then returns the
/// normalized count it wrote (limbs of the output beyond that count are unspecified).
///
/// Operands may carry most significant zero limbs: kernels ignore them, and the sizes they
/// require are reckoned on the operands' normalized counts (for normalized operands, the
/// buffers' counts). An output never overlaps an input unless the kernel says so.
///
/// The kernels do no heap allocation on small operands: scratch memory of up to
/// `stackScratchLimbs` limbs is a fixed-size buffer on the stack (`withScratch`), larger
/// scratch comes from the heap, and Burnikel–Ziegler division keeps its blocks in Swift
/// arrays.
///
/// The code lives in extensions named after their concept: `Magnitude+Addition.swift`,
/// `Magnitude+Multiplication.swift`, `Magnitude+Karatsuba.swift`, `Magnitude+Division.swift`,
/// `Magnitude+RecursiveDivision.swift`, `Magnitude+Shift.swift`, `Magnitude+Scratch.swift`.
public enum Magnitude {
    /// The count of `a` without its most significant zero limbs. O(count) at worst, O(1) on a
    /// normalized magnitude.
    @inlinable
    public static func normalizedCount(_ a: UnsafeBufferPointer<UInt64>) -> Int {
        var count = a.count
        while count > 0 && a[count - 1] == 0 { count -= 1 }
        return count
    }

    /// Compares the magnitudes `a` and `b`: −1 when a < b, 0 when equal, 1 when a > b.
    /// O(n) at worst, O(1) when the normalized counts differ.
    public static func compare(_ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>) -> Int {
        let na = normalizedCount(a)
        let nb = normalizedCount(b)
        if na != nb { return na < nb ? -1 : 1 }
        guard na > 0 else { return 0 }
        return compareSameLength(a.baseAddress!, b.baseAddress!, na)
    }

    /// The number of significant bits of `a` (0 for zero): the index of the highest one bit
    /// plus one. O(1) on a normalized magnitude.
    public static func bitLength(_ a: UnsafeBufferPointer<UInt64>) -> Int {
        let n = normalizedCount(a)
        guard n > 0 else { return 0 }
        return n * 64 - a[n - 1].leadingZeroBitCount
    }

    // MARK: Internal helpers on raw pointers

    /// Compares `a[0..<n]` with `b[0..<n]`, most significant limb first.
    @inline(__always)
    static func compareSameLength(_ a: UnsafePointer<UInt64>, _ b: UnsafePointer<UInt64>, _ n: Int) -> Int {
        var i = n - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    /// Compares `a[0..<na]` with `b[0..<nb]`, either possibly with most significant zero limbs.
    static func compareRaw(_ a: UnsafePointer<UInt64>, _ na: Int, _ b: UnsafePointer<UInt64>, _ nb: Int) -> Int {
        let na = normalized(a, na)
        let nb = normalized(b, nb)
        if na != nb { return na < nb ? -1 : 1 }
        return compareSameLength(a, b, na)
    }

    /// The count of `a[0..<n]` without its most significant zero limbs.
    @inline(__always)
    static func normalized(_ a: UnsafePointer<UInt64>, _ n: Int) -> Int {
        var n = n
        while n > 0 && a[n - 1] == 0 { n -= 1 }
        return n
    }

    /// The normalized count of the mutable run `a[0..<n]`.
    @inline(__always)
    static func normalized(_ a: UnsafeMutablePointer<UInt64>, _ n: Int) -> Int {
        normalized(UnsafePointer(a), n)
    }

    /// Sets `r[0..<n]` to zero.
    @inline(__always)
    static func zero(_ r: UnsafeMutablePointer<UInt64>, _ n: Int) {
        if n > 0 { r.update(repeating: 0, count: n) }
    }

    /// Copies `a[0..<n]` to `r[0..<n]` (the runs may be the same, not otherwise overlap).
    @inline(__always)
    static func copy(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int) {
        if n > 0 && UnsafePointer(r) != a { r.update(from: a, count: n) }
    }

    /// Checks that an output buffer has room for `needed` limbs and returns its base address.
    @inline(__always)
    static func base(_ result: UnsafeMutableBufferPointer<UInt64>, needed: Int) -> UnsafeMutablePointer<UInt64> {
        precondition(result.count >= needed, "Magnitude: the output buffer is too small")
        // A valid pointer even for an empty buffer (it is never dereferenced then).
        return result.baseAddress ?? UnsafeMutablePointer(bitPattern: MemoryLayout<UInt64>.alignment)!
    }

    /// The base address of an input buffer, or a dummy one for an empty buffer.
    @inline(__always)
    static func base(_ a: UnsafeBufferPointer<UInt64>) -> UnsafePointer<UInt64> {
        a.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<UInt64>.alignment)!
    }
}

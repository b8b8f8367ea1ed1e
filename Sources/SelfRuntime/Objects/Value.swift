/// A Self value: one 64-bit word.
///
/// | low bits | meaning                                                        |
/// |----------|----------------------------------------------------------------|
/// | `x0`     | a 63-bit signed integer, stored shifted left by one            |
/// | `01`     | a reference: the address of a heap object (8-byte aligned) + 1 |
/// | `11`     | an immediate float (below)                                     |
///
/// No Swift class, enum or existential ever stands for a Self value: values are
/// copied as plain words, and the collector finds references by their tag.
///
/// **Immediate floats.** A double whose binary exponent lies in −255…256 (magnitudes
/// from about 1.7e−77 to 2.3e77) is stored in the value itself, as Pharo's
/// SmallFloat64 does with three tag bits: the double's bits are rotated left by one
/// (the sign to bit 0, the 11-bit exponent to the top), the exponent is rebased by
/// 768 so that it fits in 9 bits, and the result is shifted left past the tag.
/// The same word is computed in fewer steps: add 768 to the top 12 bits (sign and
/// exponent), which sets their bits 9 and 10 exactly when the exponent is in range,
/// and rotate left by three, which brings those two bits to the tag and the sign to
/// bit 2. Decoding is a rotate and a subtract, encoding an add, a rotate and the
/// tag's test: fewer instructions than shifting and rebasing, on the dependency
/// chain of every float operation. Every other double — NaN,
/// the infinities, ±0.0, subnormals, very large and very small magnitudes — is a
/// heap object of kind `float`. (Pharo makes ±0.0 immediate too, at the price of a
/// compare and a conditional move in every decoding: measured here, the two cost
/// more on float-heavy code than boxing the zeros that arithmetic answers.) The
/// arithmetic answers an immediate float whenever it can (`ObjectMemory.makeFloat`);
/// a float literal and a clone are always new objects, as ZigSelf's identity rules
/// require (docs/numbers.md, "Identity").
@frozen
public struct Value: Equatable, Hashable, Sendable {
    /// The raw tagged word.
    public var raw: UInt64

    @inlinable @inline(__always)
    public init(raw: UInt64) { self.raw = raw }

    /// The smallest integer (−2^62).
    public static let minimumInteger: Int64 = -(1 << 62)
    /// The largest integer (2^62 − 1).
    public static let maximumInteger: Int64 = (1 << 62) - 1

    /// An integer value; `n` must lie within the 63-bit range.
    @inlinable @inline(__always)
    public init(integer n: Int64) { raw = UInt64(bitPattern: n << 1) }

    /// An integer value, or nil when `n` does not fit in 63 bits.
    @inlinable
    public static func checkedInteger(_ n: Int64) -> Value? {
        n >= minimumInteger && n <= maximumInteger ? Value(integer: n) : nil
    }

    /// A reference to the object at `address`.
    @inlinable @inline(__always)
    public init(object address: UnsafeMutableRawPointer) {
        raw = UInt64(UInt(bitPattern: address)) | 1
    }

    @inlinable @inline(__always)
    public var isInteger: Bool { raw & 1 == 0 }

    @inlinable @inline(__always)
    public var isObject: Bool { raw & 3 == 1 }

    /// Whether this is an immediate float (a float may also be a heap object).
    @inlinable @inline(__always)
    public var isImmediateFloat: Bool { raw & 3 == 3 }

    /// What encoding adds to a double's bits: 768 in its top 12 bits (sign and
    /// exponent, bits 52–63).
    @usableFromInline static let floatExponentOffset: UInt64 = 768 << 52

    /// The immediate float holding `d`, or nil when `d` needs a heap object.
    @inlinable @inline(__always)
    public init?(immediateFloat d: Double) {
        let rebased = d.bitPattern &+ Value.floatExponentOffset
        let word = (rebased &<< 3) | (rebased &>> 61)
        // In range when the rebased field's bits 9 and 10, now the tag, are both set.
        guard (word &+ 1) & 3 == 0 else { return nil }
        raw = word
    }

    /// The double of an immediate float; only meaningful when `isImmediateFloat`.
    @inlinable @inline(__always)
    public var immediateFloat: Double {
        Double(bitPattern: ((raw &>> 3) | (raw &<< 61)) &- Value.floatExponentOffset)
    }

    /// The integer; only meaningful when `isInteger`.
    @inlinable @inline(__always)
    public var integer: Int64 { Int64(bitPattern: raw) >> 1 }

    /// The object's address; only meaningful when `isObject`. The tag is removed by
    /// subtracting it (an object's word is odd), which the compiler folds into the
    /// displacement of the load that follows, and the word is reinterpreted as a
    /// pointer without the nil check of `UnsafeMutableRawPointer(bitPattern:)` (an
    /// object is never at address 0): each cost an instruction at every object
    /// access. (The reinterpretation compiles to nothing; `unsafelyUnwrapped`
    /// measured 1–2% slower.)
    @inlinable @inline(__always)
    public var address: UnsafeMutableRawPointer {
        assert(isObject, "not a reference")
        return withUnsafeBytes(of: raw &- 1) { $0.load(as: UnsafeMutableRawPointer.self) }
    }

    /// The object as a typed view; only meaningful when `isObject`.
    @inlinable @inline(__always)
    public var object: ObjectRef { ObjectRef(address) }

    /// A value that is never a valid reference or meaningful integer; marks empty
    /// inline-cache entries and unused words. It is the integer 0 in disguise, so the
    /// collector ignores it.
    public static let empty = Value(raw: 0)
}

/// A raw pointer that is not a Self value, stored in a heap word as an integer so the
/// collector skips it (the address is 8-byte aligned, so its low bit is 0).
@inlinable @inline(__always)
func rawWord(_ pointer: UnsafeMutableRawPointer) -> Value {
    Value(raw: UInt64(UInt(bitPattern: pointer)))
}

/// The pointer stored by `rawWord`.
@inlinable @inline(__always)
func pointer(fromRawWord value: Value) -> UnsafeMutableRawPointer {
    // Never 0: such words hold the addresses of live allocations.
    withUnsafeBytes(of: value.raw) { $0.load(as: UnsafeMutableRawPointer.self) }
}

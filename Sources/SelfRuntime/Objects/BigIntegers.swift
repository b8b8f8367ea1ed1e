import SelfNumerics

/// Integers beyond the 63-bit range as heap objects (`ObjectKind.bigInteger`,
/// docs/numbers.md): making them from `BigInteger` values and reading them back.
///
/// Every integer has one form: a value that fits in 63 bits is a small integer, never
/// a big one, so equality of small integers stays a comparison of words and a big
/// integer is never equal to a small one.
extension ObjectMemory {
    /// The most bits a big integer may have: 2^24 (2 MiB, some 5 million decimal
    /// digits). An operation whose result could be larger is the runtime error
    /// `Integer too large`, raised before any work: a primitive is not interrupted,
    /// and this bounds the longest one (printing a value near the limit, a product or
    /// power) to seconds, so that Ctrl-C and the fuzzers' time limits keep their
    /// meaning.
    public static let maximumIntegerBits = 1 << 24

    /// `value` as a Self integer: small when it fits in 63 bits, otherwise a new big
    /// integer. A safepoint when it allocates.
    public func makeInteger(_ value: BigInteger) -> Value {
        if value.limbs.count <= 1, let small = value.asInt64, let fits = Value.checkedInteger(small) { return fits }
        let count = value.limbs.count
        let object = heap.allocate(.bigInteger, words: 3 + count, map: known.bigIntegerMap, fill: Value(raw: 0))
        object[word: 2] = Value(integer: Int64(value.negative ? -count : count))
        value.limbs.withUnsafeBytes { limbs in
            (object.address + 24).copyMemory(from: limbs.baseAddress!, byteCount: limbs.count)
        }
        return object.value
    }

    /// The value of a small or big integer, or nil for any other value.
    public func bigInteger(_ value: Value) -> BigInteger? {
        if value.isInteger { return BigInteger(value.integer) }
        guard isKind(value, .bigInteger) else { return nil }
        return bigInteger(of: value.object)
    }

    /// The value of a big integer object.
    func bigInteger(of object: ObjectRef) -> BigInteger {
        let signed = Int(object[word: 2].integer)
        let limbs = UnsafeBufferPointer(
            start: (object.address + 24).assumingMemoryBound(to: UInt64.self), count: abs(signed))
        return BigInteger(negative: signed < 0, magnitude: limbs)
    }

    /// The decimal text of a small or big integer, or nil for any other value.
    public func decimalText(ofInteger value: Value) -> String? { bigInteger(value)?.description }
}

extension VirtualMachine {
    /// `rA ± rA+3` (the receiver and argument at `base`) when both are integers and
    /// at least one is big, computed on the limbs in the heap: the result object is
    /// allocated first (a collection may move the operands, which are re-read from
    /// their registers), then the magnitude kernel writes into it, so no `BigInteger`
    /// or Swift array is made. Answers nil when an operand is not an integer.
    /// A sum or difference is never longer than one limb past its longer operand,
    /// far below `maximumIntegerBits` for operands within it.
    func addBigIntegers(_ base: Int, subtract: Bool) -> Value? {
        guard let lengthA = limbCount(receiver(base)), let lengthB = limbCount(argument(base, 0)) else { return nil }
        let capacity = max(lengthA, lengthB) + 1
        let result = memory.heap.allocate(
            .bigInteger, words: 3 + capacity, map: memory.known.bigIntegerMap, fill: Value(raw: 0))
        let limbs = UnsafeMutableBufferPointer(
            start: (result.address + 24).assumingMemoryBound(to: UInt64.self), count: capacity)
        var negative = false
        let count = withMagnitude(receiver(base)) { a, negativeA in
            withMagnitude(argument(base, 0)) { b, negativeB in
                let signB = negativeB != subtract
                if negativeA == signB {
                    negative = negativeA
                    return Magnitude.add(a, b, into: limbs)
                }
                if Magnitude.compare(a, b) >= 0 {
                    negative = negativeA
                    return Magnitude.subtract(a, b, into: limbs)
                }
                negative = signB
                return Magnitude.subtract(b, a, into: limbs)
            }
        }
        if count <= 1 {
            let magnitude = count == 0 ? 0 : limbs[0]
            if magnitude <= UInt64(Value.maximumInteger) {
                return Value(integer: negative ? -Int64(magnitude) : Int64(magnitude))
            }
            if negative && magnitude == UInt64(Value.maximumInteger) + 1 { return Value(integer: Value.minimumInteger) }
        }
        result[word: 2] = Value(integer: Int64(negative ? -count : count))
        return result.value
    }

    /// The number of limbs of an integer's magnitude (1 for a small integer), or nil.
    private func limbCount(_ value: Value) -> Int? {
        if value.isInteger { return 1 }
        guard memory.isKind(value, .bigInteger) else { return nil }
        return abs(Int(value.object[word: 2].integer))
    }

    /// Runs `body` with an integer's magnitude and sign (a small integer's in a
    /// one-limb buffer on the stack). Nothing in `body` may allocate.
    private func withMagnitude<T>(_ value: Value, _ body: (UnsafeBufferPointer<UInt64>, Bool) -> T) -> T {
        if value.isInteger {
            var magnitude = value.integer.magnitude
            return withUnsafePointer(to: &magnitude) {
                body(UnsafeBufferPointer(start: $0, count: 1), value.integer < 0)
            }
        }
        let signed = Int(value.object[word: 2].integer)
        let limbs = UnsafeBufferPointer(
            start: (value.object.address + 24).assumingMemoryBound(to: UInt64.self), count: abs(signed))
        return body(limbs, signed < 0)
    }
}

/// Hashes of numbers (docs/numbers.md, "Mixed arithmetic"): a small integer is its own
/// hash; a big integer hashes to its residue modulo 2^61 − 1 with its sign, which is
/// what `FloatText.hash` answers for an equal integral float.
enum NumberHash {
    /// The hash of a big integer.
    static func hash(_ value: BigInteger) -> Int64 {
        var residue: UInt64 = 0
        // Horner from the most significant limb: r = r · 2^64 + limb (mod 2^61 − 1),
        // where 2^64 ≡ 8.
        for limb in value.limbs.reversed() {
            residue = FloatText.multiplyModulo(residue, 8)
            residue += limb % FloatText.hashModulus
            if residue >= FloatText.hashModulus { residue -= FloatText.hashModulus }
        }
        return value.negative ? -Int64(residue) : Int64(residue)
    }
}

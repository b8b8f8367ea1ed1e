/// `_HashProbe:Hash:Keys:` (docs/primitives-extensions.md): the probe loop of
/// `std hashMap` (world/hashMap.self) for the keys whose `=` the VM knows, small
/// integers and byte arrays, run without a send per bucket.
///
/// The receiver is the map's index (an array of integers: −1 a free bucket, −2 a
/// tombstone, otherwise the position of an entry), the arguments the key, its hash
/// and the array of stored keys. The probe is the world's: linear from
/// `hash % capacity`, comparing `key = stored` for each entry it passes. It answers
///
/// - the entry's position (≥ 0, below the index's size) when a stored key is `=` to
///   the key;
/// - −1 − b otherwise, where b is the bucket a new key goes to: the first tombstone
///   on the path, else the free bucket that ended it;
/// - the index's size when it cannot decide without a send, and the world runs its
///   own loop: the hash is a big integer, the key is not a small integer or a byte
///   array, its `=` is not the plain wrapper of `_IntEq:` or `_ByteArrayEq:` (a
///   redefinition is obeyed), a stored key it meets is of another kind (an integer
///   key and a float stored key can be `=`), or the index does not have the shape
///   above. (An integer, so that the world tells the three cases apart with integer
///   comparisons alone.)
///
/// So it answers exactly what the world's loop would, sending nothing: the keys'
/// `=` are the primitives, which have no side effects.
extension VirtualMachine {
    /// What comparing the key with a stored key found.
    private enum KeyMatch {
        case equal, different, unknown
    }

    /// The probe; `base` is the primitive's receiver register.
    func hashProbe(_ base: Int) throws(PrimitiveFailure) -> Value {
        let name = "_HashProbe:Hash:Keys:"
        let buckets = try object(stack.registers[base], .array, -1, name).get()
        let key = argument(base, 0)
        let hashValue = argument(base, 1)
        let stored = try object(argument(base, 2), .array, 2, name).get()
        let capacity = memory.count(buckets)
        let undecided = Value(integer: Int64(capacity))
        // A big-integer hash (a key's own `hash` may answer one) is the world loop's.
        if memory.isKind(hashValue, .bigInteger) { return undecided }
        let hash = try integer(hashValue, 1, name).get()
        let isInteger = key.isInteger
        if isInteger {
            if arithmeticEpoch != lookupEpoch { validateArithmetic() }
            guard arithmeticValid & (1 &<< UInt64(ArithmeticOperation.equal.rawValue)) != 0 else { return undecided }
        } else {
            guard memory.isKind(key, .byteArray), byteArrayEqualityIsPrimitive(key) else { return undecided }
        }
        let storedCount = memory.count(stored)
        guard capacity > 0 else { return undecided }
        var bucket = Int(hash % Int64(capacity))
        if bucket < 0 { bucket += capacity }
        var tombstone = -1
        for _ in 0..<capacity {
            let entry = buckets[word: 3 &+ bucket]
            guard entry.isInteger else { return undecided }
            let position = entry.integer
            if position == -1 {
                return Value(integer: Int64(-1 - (tombstone >= 0 ? tombstone : bucket)))
            }
            if position == -2 {
                if tombstone < 0 { tombstone = bucket }
            } else {
                guard position >= 0, position < storedCount, position < capacity else { return undecided }
                switch match(key, stored[word: 3 &+ Int(position)], integerKey: isInteger) {
                case .equal: return entry
                case .different: break
                case .unknown: return undecided
                }
            }
            bucket = bucket &+ 1 == capacity ? 0 : bucket &+ 1
        }
        return undecided
    }

    /// `key = other` for a small-integer key or a byte-array key whose `=` is the
    /// primitive's.
    private func match(_ key: Value, _ other: Value, integerKey: Bool) -> KeyMatch {
        if integerKey {
            guard other.isInteger else { return .unknown }
            return key == other ? .equal : .different
        }
        return ByteArrayPrimitives.bytesEqual(key.object, other, memory) ? .equal : .different
    }

    /// Whether `=` on byte arrays of `key`'s map is the plain wrapper of
    /// `_ByteArrayEq:`, remembered for the map and the lookup epoch.
    private func byteArrayEqualityIsPrimitive(_ key: Value) -> Bool {
        let map = key.object[word: 0].raw
        if byteArrayEqualityMap == map && byteArrayEqualityEpoch == lookupEpoch { return true }
        let found = lookup(memory.selectors.intern("="), in: key)
        guard found.kind == .method, wrappedPrimitive(found.value.object) == PrimitiveTable.byteArrayEqualIndex
        else { return false }
        byteArrayEqualityMap = map
        byteArrayEqualityEpoch = lookupEpoch
        return true
    }
}

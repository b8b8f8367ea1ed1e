/// `_HashIndex:Count:` (docs/primitives-extensions.md): the loop of `std hashMap`'s
/// `rehashTo:` (world/hashMap.self) that rebuilds the index from the stored hashes,
/// run without a dispatch per bucket.
///
/// The receiver is the new index (an array: a bucket below zero is free), the
/// arguments the array of stored hashes and the number of entries, which have no
/// holes. For each entry j in order, from its hash % capacity (floored, as the
/// world's `%`), the first free bucket on the linear path gets j: what the world's
/// loop `[ (ix at: b) < 0 ] whileFalse: [ b: (b + 1) % n ]. ix at: b Put: j` does.
/// It answers the receiver, or nil before writing anything when only the world's
/// loop can decide: a hash or a bucket that is not a small integer, integer `%` or
/// `<` not the plain wrappers of their primitives (a redefinition is obeyed), or
/// fewer free buckets than entries (the world's loop would not end).
extension VirtualMachine {
    /// The rebuild; `base` is the primitive's receiver register.
    func hashIndex(_ base: Int) throws(PrimitiveFailure) -> Value {
        let name = "_HashIndex:Count:"
        let buckets = try object(receiver(base), .array, -1, name).get()
        let hashes = try object(argument(base, 0), .array, 0, name).get()
        let count = try self.count(argument(base, 1), 1, name).get()
        guard count <= memory.count(hashes) else {
            throw PrimitiveFailure(
                "Count passed to \(name) is out of bounds (count: \(count), hashes: \(memory.count(hashes)))")
        }
        if let message = checkWritable(buckets, "\(name) receiver is not writable for actor") {
            throw PrimitiveFailure(message)
        }
        if arithmeticEpoch != lookupEpoch { validateArithmetic() }
        let needed: UInt64 =
            1 &<< UInt64(ArithmeticOperation.modulo.rawValue) | 1 &<< UInt64(ArithmeticOperation.lessThan.rawValue)
        guard arithmeticValid & needed == needed else { return memory.nilValue }
        let capacity = memory.count(buckets)
        var free = 0
        for bucket in 0..<capacity {
            let entry = buckets[word: 3 &+ bucket]
            guard entry.isInteger else { return memory.nilValue }
            if entry.integer < 0 { free += 1 }
        }
        guard free >= count else { return memory.nilValue }
        guard (0..<count).allSatisfy({ hashes[word: 3 &+ $0].isInteger }) else { return memory.nilValue }
        let modulus = Int64(capacity)
        for position in 0..<count {
            var bucket = Int(hashes[word: 3 &+ position].integer % modulus)
            if bucket < 0 { bucket += capacity }
            while buckets[word: 3 &+ bucket].integer >= 0 {
                bucket = bucket &+ 1 == capacity ? 0 : bucket &+ 1
            }
            buckets[word: 3 &+ bucket] = Value(integer: Int64(position))
        }
        return buckets.value
    }
}

/// The isolation check of `DebugSwitches.verifyIsolation` (isolation rule 2 of
/// `Actor`): a reference from an object (or root) of one actor to an object of
/// another is allowed only when the target is globally reachable. Maps are the VM's
/// own shared objects (they live in the global heap and may hold any actor's
/// constants), so references from and to them are not checked.
extension Heap {
    /// Whether a reference from an object owned by `owner` to `value` is allowed.
    @inline(__always)
    func isIsolated(_ value: Value, owner: Int) -> Bool {
        guard value.isObject else { return true }
        let target = value.object
        return target.isGloballyReachable || target.kind == .map
            || UInt64(target.actorID) == UInt64(truncatingIfNeeded: owner) & HeaderBits.actorMask
    }

    /// Checks one store (the write barrier calls it).
    func verifyStore(_ value: Value, into object: ObjectRef) {
        if object.kind == .map { return }
        if !isIsolated(value, owner: object.actorID) {
            isolationViolated("a store into an object of actor #\(object.actorID)", value)
        }
    }

    /// Checks every root and every object of the heap (a collection calls it).
    func verifyIsolation() {
        let owner = currentActor
        roots?.visitRoots(youngOnly: false) { slot in
            if !isIsolated(slot.pointee, owner: owner) { isolationViolated("a root of actor #\(owner)", slot.pointee) }
        }
        for value in handles where !isIsolated(value, owner: owner) {
            isolationViolated("a handle of actor #\(owner)", value)
        }
        func check(_ object: ObjectRef) {
            if object.kind == .map { return }
            forEachReference(in: object) { slot in
                if slot != object.address.assumingMemoryBound(to: Value.self), !isIsolated(slot.pointee, owner: owner) {
                    isolationViolated("an object of actor #\(owner) (kind \(object.kind))", slot.pointee)
                }
            }
        }
        var address = nurseryStart
        while address < top {
            let object = ObjectRef(address)
            check(object)
            address += object.sizeInWords * 8
        }
        for address in oldObjects { check(ObjectRef(address)) }
    }

    private func isolationViolated(_ place: String, _ value: Value) -> Never {
        let target = value.object
        fatalError(
            "actor isolation violated: \(place) refers to a \(target.kind) of actor #\(target.actorID) "
                + "that is not globally reachable")
    }
}

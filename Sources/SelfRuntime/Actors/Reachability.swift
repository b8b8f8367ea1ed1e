/// Global reachability (actors.md §6.2–6.3): the bit that marks objects shared by
/// every actor, how it spreads, and the write protection it gives in actor mode.
///
/// Invariant: everything reachable from a globally reachable object is globally
/// reachable. The bit is set on the lobby, `nil`, `true`, `false` and the traits
/// objects at start-up (and on immutable prebuilt methods), spreads whenever a
/// reference is stored into a marked object (slot assignment, `_AddSlots:`,
/// `_ArrayAt:Put:`), and is never cleared. Marking never changes an object's contents.
extension VirtualMachine {
    /// Sets the globally-reachable bit on everything reachable from `value` that does
    /// not have it yet (the walk stops at marked objects).
    func markGloballyReachable(_ value: Value) {
        guard value.isObject else { return }
        let root = value.object
        if root.isGloballyReachable { return }
        // A float, byte array or big integer refers to its map only, which is
        // marked already in the common case: no walk (and no work list to allocate).
        if root.kind.hasRawBody && root.map.isGloballyReachable {
            root.isGloballyReachable = true
            return
        }
        var pending = [value]
        while let next = pending.popLast() {
            guard next.isObject else { continue }
            let object = next.object
            if object.isGloballyReachable { continue }
            object.isGloballyReachable = true
            memory.heap.forEachReference(in: object) { pending.append($0.pointee) }
        }
    }

    /// Keeps the invariant after `value` was stored into `holder`.
    @inline(__always)
    func spreadReachability(_ value: Value, storedInto holder: ObjectRef) {
        if _slowPath(holder.isGloballyReachable && value.isObject && !value.object.isGloballyReachable) {
            markGloballyReachable(value)
        }
    }

    /// Write protection (actors.md §6.3): in actor mode, no actor but the global one
    /// may change a globally reachable object. Answers the error message, or nil.
    @inline(__always)
    func checkWritable(_ object: ObjectRef, _ message: @autoclosure () -> String) -> String? {
        if _slowPath(object.isGloballyReachable && current.role != .global) { return message() }
        return nil
    }

    /// The message of a refused slot assignment.
    static let assignmentNotWritable = "Assignment target is not writable for actor"
}

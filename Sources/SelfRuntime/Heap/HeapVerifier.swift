/// The heap check of `DebugSwitches.verifyHeap`, run at the start and end of every
/// collection. From the roots and handles, as a full collection would mark, it
/// follows every reference and checks that each points at the first word of a live
/// object (in the nursery below `top`, in this heap's old list, or, from an actor
/// heap, in the global heap's), and that each reached old object that refers to a
/// young one is remembered (invariant 2 of `Heap`) or has that word in
/// `rememberedWords`. A missing write barrier or handle shows here at the next
/// collection, rather than as a crash far away. Unreachable objects are not checked:
/// garbage may refer to freed memory (a map made in actor mode, whose constants went
/// with their actor), which no collection ever reads.
extension Heap {
    /// Stops the process with the first problem `heapProblem` finds.
    func verifyHeap(_ moment: String) {
        if let problem = heapProblem() {
            fatalError("heap verification failed \(moment), actor #\(currentActor): \(problem)")
        }
    }

    /// The first violation of the rules above, described, or nil. Walks everything
    /// reachable: for the debug switch and tests only.
    public func heapProblem() -> String? {
        let own = Set<UnsafeMutableRawPointer>(oldObjects)
        var shared = Set<UnsafeMutableRawPointer>()
        if let globalHeap, globalHeap !== self { shared = Set(globalHeap.oldObjects) }
        var young = Set<UnsafeMutableRawPointer>()
        var address = nurseryStart
        while address < top {
            young.insert(address)
            address += max(2, ObjectRef(address).sizeInWords) * 8
        }
        let words = Set(rememberedWords)
        var seen = Set<UnsafeMutableRawPointer>()
        var pending: [ObjectRef] = []
        var found: String?
        func describe(_ object: ObjectRef) -> String {
            "\(object.isOld ? "old" : "young") \(object.kind) of \(object.sizeInWords) words at \(object.address)"
        }
        func reach(_ value: Value, _ holder: @autoclosure () -> String) {
            guard found == nil, value.isObject else { return }
            let target = value.address
            if seen.contains(target) { return }
            if young.contains(target) || own.contains(target) {
                seen.insert(target)
                pending.append(ObjectRef(target))
            } else if !shared.contains(target) {
                let header = ObjectRef(target).header
                found = "\(holder()) refers to no live object (\(target), header \(String(header, radix: 16)))"
            }
            // Objects of the global heap, seen from an actor's, are checked by the
            // global heap's own verification.
        }
        roots?.visitRoots(youngOnly: false) { reach($0.pointee, "a root") }
        for (index, value) in handles.enumerated() { reach(value, "handle \(index)") }
        while found == nil, let object = pending.popLast() {
            let base = object.address.assumingMemoryBound(to: Value.self)
            forEachReference(in: object) { slot in
                guard found == nil else { return }
                reach(slot.pointee, "word \(slot - base) of the \(describe(object))")
                if found == nil, object.isOld, isYoung(slot.pointee), !object.flag(HeaderBits.remembered),
                    !words.contains(slot)
                {
                    found =
                        "word \(slot - base) of the \(describe(object)) refers to a young object "
                        + "without being remembered"
                }
            }
        }
        return found
    }
}

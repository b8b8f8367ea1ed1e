/// The two collections of `Heap`: minor (copy young survivors into the old space) and
/// full (mark and sweep the old space after a minor collection).
extension Heap {
    /// Whether a value refers to a young object.
    @inline(__always)
    func isYoung(_ value: Value) -> Bool {
        value.isObject && isInNursery(value.address)
    }

    /// Copies a young object into the old space once and returns its new address;
    /// later calls return the forwarding address left in its map word.
    func forward(_ object: ObjectRef) -> ObjectRef {
        if object.flag(HeaderBits.forwarded) {
            return object[word: 0].object
        }
        let words = object.sizeInWords
        let address = UnsafeMutableRawPointer.allocate(byteCount: words * 8, alignment: 16)
        address.copyMemory(from: object.address, byteCount: words * 8)
        oldObjects.append(address)
        oldBytes += words * 8
        budget.charge(words * 8)
        promotedBytes += words * 8
        let copy = ObjectRef(address)
        copy.header = (copy.header | HeaderBits.old) & ~(HeaderBits.remembered | HeaderBits.forwarded)
        object[word: 0] = copy.value
        object.header |= HeaderBits.forwarded
        promotionQueue.append(copy)
        return copy
    }

    @inline(__always)
    func updateYoung(_ slot: UnsafeMutablePointer<Value>) {
        let value = slot.pointee
        if isYoung(value) {
            slot.pointee = forward(value.object).value
        }
    }

    /// Empties the nursery: every young object reachable from the roots, the handles
    /// and the remembered set is promoted to the old space.
    public func collectYoung() {
        if DebugSwitches.verifyIsolation { verifyIsolation() }
        if DebugSwitches.verifyHeap { verifyHeap("before a minor collection") }
        minorCollections += 1
        promotedBytes = 0
        roots?.visitRoots(youngOnly: true) { updateYoung($0) }
        handles.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices { updateYoung(buffer.baseAddress! + index) }
        }
        // Nothing is remembered while the set is scanned (promoted objects are old
        // and go through the promotion queue), so its buffer is simply emptied after:
        // no copy, no allocation, at every minor collection of every actor.
        rememberedSet.withUnsafeBufferPointer { remembered in
            for object in remembered {
                object.setFlag(HeaderBits.remembered, false)
                forEachReference(in: object) { updateYoung($0) }
            }
        }
        rememberedSet.removeAll(keepingCapacity: true)
        for word in rememberedWords { updateYoung(word) }
        rememberedWords.removeAll(keepingCapacity: true)
        while let object = promotionQueue.popLast() {
            forEachReference(in: object) { updateYoung($0) }
        }
        if DebugSwitches.poisonFreedMemory {
            nurseryStart.initializeMemory(as: UInt8.self, repeating: 0xAB, count: top - nurseryStart)
        }
        top = nurseryStart
        if isActorHeap {
            collectionsAtThisSize += 1
            if (promotedBytes + overflowBytes) * Heap.actorNurseryGrowthFraction > nurseryCapacity
                && nurseryCapacity < Heap.actorNurseryMaximumBytes
            {
                // Much of the nursery survived (or blessed copies did not fit): a
                // larger one makes collections and old-space copies rarer.
                resizeNursery(nurseryCapacity * 2)
            } else if collectionsAtThisSize >= Heap.actorNurseryBusyCollections
                && nurseryCapacity < Heap.actorNurseryBusyBytes
            {
                resizeNursery(nurseryCapacity * 2)
            }
        }
        overflowBytes = 0
        if DebugSwitches.verifyHeap { verifyHeap("after a minor collection") }
        if DebugSwitches.logCollections {
            Platform.writeError("[gc] minor, actor #\(currentActor): \(promotedBytes) bytes promoted\n")
        }
        didCollect?()
    }

    /// Runs a full collection when the old space has grown enough (or `force`).
    func maybeCollectFull(force: Bool = false) {
        if force || oldBytes + externalBytes - oldBytesAtLastFull > fullCollectionThreshold {
            collectFull()
        }
    }

    /// Minor collection, then mark from the roots and sweep the old space.
    public func collectFull() {
        // Afterwards the nursery is empty and no old object refers to a young one, so
        // the remembered set is empty and stays so through marking and sweeping.
        collectYoung()
        fullCollections += 1
        var stack: [ObjectRef] = []
        // Every object marked, to clear the bits afterwards: an actor's collection may
        // mark maps, which are not in its old list (invariant 5).
        var marked: [ObjectRef] = []
        let skipsGlobal = isActorHeap
        func mark(_ slot: UnsafeMutablePointer<Value>) {
            let value = slot.pointee
            guard value.isObject else { return }
            let object = value.object
            if object.flag(HeaderBits.marked) { return }
            // An actor's collection leaves the shared, read-only objects alone.
            if skipsGlobal && object.isGloballyReachable { return }
            object.setFlag(HeaderBits.marked, true)
            stack.append(object)
            marked.append(object)
        }
        roots?.willMark()
        roots?.visitRoots(youngOnly: false) { mark($0) }
        handles.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices { mark(buffer.baseAddress! + index) }
        }
        while let object = stack.popLast() {
            forEachReference(in: object) { mark($0) }
            // Methods and block maps keep their compiled code alive, and the code its
            // constants (invariant 4).
            if object.kind == .method || object.kind == .map { roots?.visitCode(of: object) { mark($0) } }
        }
        roots?.didMark()
        var live: [UnsafeMutableRawPointer] = []
        live.reserveCapacity(oldObjects.count)
        var liveBytes = 0
        for address in oldObjects {
            let object = ObjectRef(address)
            if object.flag(HeaderBits.marked) {
                live.append(address)
                liveBytes += object.sizeInWords * 8
            } else {
                willFree?(object)
                if DebugSwitches.poisonFreedMemory {
                    address.initializeMemory(as: UInt8.self, repeating: 0xCD, count: object.sizeInWords * 8)
                }
                address.deallocate()
            }
        }
        for object in marked { object.setFlag(HeaderBits.marked, false) }
        oldObjects = live
        budget.charge(liveBytes - oldBytes)
        oldBytes = liveBytes
        oldBytesAtLastFull = liveBytes + externalBytes
        fullCollectionThreshold = max(minimumFullCollectionThreshold, liveBytes)
        if DebugSwitches.verifyHeap { verifyHeap("after a full collection") }
        if DebugSwitches.logCollections {
            Platform.writeError("[gc] full, actor #\(currentActor): \(liveBytes) bytes live\n")
        }
        didCollect?()
    }
}

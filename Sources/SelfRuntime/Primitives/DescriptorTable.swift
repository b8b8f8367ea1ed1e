/// The OS descriptors that managed FD handles stand for (primitives.md §1.4).
///
/// A handle (`.managedFD`, word 2: an index here) may be copied, by `_Clone` or by
/// blessing it into another actor, and every copy refers to the same descriptor. So
/// the table counts the handles of each entry: handles are always allocated in an old
/// space, where a collection's sweep (or the release of a dead actor's heap)
/// finalizes them, and the descriptor is closed when the last handle is gone, never
/// while a copy is still reachable, in any actor.
struct DescriptorTable {
    /// One descriptor.
    struct Entry {
        /// The OS descriptor, or −1 once `_Close:` closed it.
        var descriptor: Int32
        /// Whether the last handle's collection closes it (not for stdin and stdout).
        var closesOnCollection: Bool
        /// Live handles referring to this entry; 0 for a free entry.
        var handles: Int
    }

    private var entries: [Entry] = []
    /// Indices of free entries, for reuse.
    private var free: [Int] = []

    /// A new entry with one handle; answers its index.
    mutating func add(_ descriptor: Int32, closesOnCollection: Bool) -> Int {
        let entry = Entry(descriptor: descriptor, closesOnCollection: closesOnCollection, handles: 1)
        if let index = free.popLast() {
            entries[index] = entry
            return index
        }
        entries.append(entry)
        return entries.count - 1
    }

    /// The descriptor of entry `index` (−1 once closed).
    func descriptor(_ index: Int) -> Int32 { entries[index].descriptor }

    /// One more handle refers to entry `index`.
    mutating func retain(_ index: Int) { entries[index].handles += 1 }

    /// A handle of entry `index` was collected: the last one closes the descriptor.
    mutating func release(_ index: Int) {
        entries[index].handles -= 1
        guard entries[index].handles == 0 else { return }
        if entries[index].closesOnCollection && entries[index].descriptor >= 0 {
            Platform.close(entries[index].descriptor)
        }
        entries[index].descriptor = -1
        free.append(index)
    }

    /// `_Close:`: closes the descriptor now (harmless a second time).
    mutating func close(_ index: Int) {
        if entries[index].descriptor >= 0 { Platform.close(entries[index].descriptor) }
        entries[index].descriptor = -1
    }
}

extension VirtualMachine {
    /// The OS descriptor of a managed FD handle (−1 once closed). Primitives read it
    /// only through here, so that the handle's representation can change in one place.
    func descriptor(of handle: ObjectRef) -> Int32 {
        descriptors.descriptor(Int(handle[word: 2].integer))
    }

    /// `_Close:` on a handle.
    func closeDescriptor(of handle: ObjectRef) {
        descriptors.close(Int(handle[word: 2].integer))
    }

    /// Runs a system call that makes a descriptor (answering it or −errno); when no
    /// descriptor is left (EMFILE, ENFILE), collects the running actor's heap, whose
    /// unreachable handles then close theirs, and tries once more: a program that
    /// drops its handles without `_Close:` runs out of descriptors only if they are
    /// all still reachable.
    func makingDescriptor(_ call: () -> Int32) -> Int32 {
        let result = call()
        guard result < 0, Platform.isOutOfDescriptors(-result) else { return result }
        memory.heap.collectFull()
        return call()
    }

    /// A new managed FD handle for a new descriptor entry.
    func makeManagedFD(_ fd: Int32, owned: Bool) -> Value {
        let index = descriptors.add(fd, closesOnCollection: owned)
        return makeHandle(forDescriptorEntry: index)
    }

    /// Another handle, in the running actor, for the descriptor of `handle` (`_Clone`,
    /// and what `_ActorBlockedFD` gives the genesis).
    func copyManagedFD(_ handle: ObjectRef) -> Value {
        let index = Int(handle[word: 2].integer)
        descriptors.retain(index)
        return makeHandle(forDescriptorEntry: index)
    }

    /// A handle in the old space of the running actor's heap, whose collection
    /// finalizes it.
    private func makeHandle(forDescriptorEntry index: Int) -> Value {
        memory.heap.allocateOld(
            .managedFD, words: 3, map: memory.known.managedFDMap, fill: Value(integer: Int64(index))
        ).value
    }

    /// A handle is about to be freed: it no longer holds its descriptor.
    func finalize(_ object: ObjectRef) {
        guard object.kind == .managedFD else { return }
        descriptors.release(Int(object[word: 2].integer))
    }
}

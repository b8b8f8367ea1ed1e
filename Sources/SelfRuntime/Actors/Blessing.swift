/// Blessing (actors.md §6.1): making a value usable by another actor by copying the
/// part of its graph that is not globally reachable into that actor's heap.
///
/// - Integers and globally reachable objects are answered unchanged (shared).
/// - Every other object is copied at most once per blessing, so sharing and cycles
///   inside the graph are kept. The copy of an object is found through a
///   **forwarding word** left in the original: its map word holds the copy and its
///   header the `forwarded` bit, until the blessing ends and every original gets its
///   map back. No hash table is needed, and the sender is paused meanwhile.
/// - Copies go into the target's nursery while it has room, then into its old
///   space; neither allocation is a safepoint, so no collection can move a copy
///   while forwarding words point at it. (A managed descriptor handle always goes
///   to the old space, where its collection is finalized.)
/// - A map whose constants are all shared is shared; otherwise the copy gets a new
///   map (an immutable VM object, like every map) whose constants are blessed too.
/// - Blocks and actor objects cannot be blessed (a runtime error); a managed
///   descriptor's copy is another handle for the same OS descriptor.
final class Blessing {
    unowned(unsafe) let vm: VirtualMachine
    /// The actor the copies are for (during one blessing); its heap is passed down
    /// as an argument, which costs no reference counting per copy.
    unowned(unsafe) var target: Actor
    /// Every forwarded original, with the map word to give back to it. Kept (empty)
    /// between blessings, so that their buffers are reused.
    private var originals: [(object: ObjectRef, mapWord: Value)] = []
    /// Copies whose words are still the original's, to be blessed in turn.
    private var pending: [ObjectRef] = []

    init(vm: VirtualMachine) {
        self.vm = vm
        target = vm.globalActor
    }

    /// Blesses one value into `target`.
    func bless(_ value: Value, into target: Actor) -> Result<Value, PrimitiveFailure> {
        guard value.isObject, !value.object.isGloballyReachable else { return .success(value) }
        self.target = target
        let heap = target.heap
        defer { restoreOriginals() }
        do {
            let copy = try forward(value, heap)
            try drain(heap)
            return .success(copy)
        } catch {
            scrubCopies()
            return .failure(error)
        }
    }

    /// After a refused blessing: the copies made so far are garbage in the target's
    /// heap, but until they are collected they would still hold the sender's
    /// references (copied word for word before `drain` blesses them), which the
    /// isolation check, scanning the whole heap, rightly calls a violation. Their
    /// fields are cleared (managed-descriptor handles keep their descriptor, which
    /// their collection releases).
    private func scrubCopies() {
        for (object, _) in originals {
            let copy = object[word: 0].object
            switch copy.kind {
            case .byteArray, .float, .bigInteger, .map, .managedFD: continue
            default: break
            }
            var index = 2
            while index < copy.sizeInWords {
                copy[word: index] = Value(integer: 0)
                index += 1
            }
        }
    }

    /// The value to use in the target for `value`: itself, or its (new) copy.
    private func forward(_ value: Value, _ heap: Heap) throws(PrimitiveFailure) -> Value {
        guard value.isObject else { return value }
        let object = value.object
        if object.isGloballyReachable { return value }
        if object.flag(HeaderBits.forwarded) { return object[word: 0] }
        switch object.kind {
        case .block:
            throw PrimitiveFailure("A block cannot be sent to another actor")
        case .actorObject:
            throw PrimitiveFailure("An actor object cannot be sent to another actor")
        case .map:
            return try forwardMap(object, heap).value
        default:
            break
        }
        if object.kind == .managedFD {
            // Another handle for the same descriptor (primitives.md §1.4), old so that
            // its collection is finalized.
            vm.descriptors.retain(Int(object[word: 2].integer))
            let copy = heap.allocateOld(.managedFD, words: 3, map: object.map, fill: object[word: 2])
            copy.actorID = target.id
            leaveForwardingWord(in: object, to: copy.value)
            return copy.value
        }
        let words = object.sizeInWords
        let copy = heap.allocateWithoutCollecting(object.kind, words: words, map: object.map)
        copy.address.advanced(by: 16).copyMemory(from: object.address.advanced(by: 16), byteCount: (words - 2) * 8)
        copy.actorID = target.id
        leaveForwardingWord(in: object, to: copy.value)
        if !object.kind.hasRawBody { pending.append(copy) }
        return copy.value
    }

    /// The map for the copies of objects of `map`: the map itself when every constant
    /// is shared (then it is marked so, which it is), else a new map with blessed
    /// constants.
    private func forwardMap(_ map: ObjectRef, _ heap: Heap) throws(PrimitiveFailure) -> ObjectRef {
        if map.isGloballyReachable { return map }
        if map.flag(HeaderBits.forwarded) { return map[word: 0].object }
        var shared = true
        for index in 0..<map.mapSlotCount where !map.mapSlotKind(index).isAssignable {
            let value = map.mapSlotValue(index)
            if value.isObject && !value.object.isGloballyReachable {
                shared = false
                break
            }
        }
        if shared {
            map.isGloballyReachable = true
            return map
        }
        // Forwarded before its constants are, so that a cycle through them ends here.
        var slots = map.mapSlots
        let newMap = vm.memory.makeMap(slots: slots, flags: map.mapFlags & MapFlags.fieldsOutOfLine)
        newMap[word: MapLayout.code] = map[word: MapLayout.code]
        newMap[word: MapLayout.invocationSelector] = map[word: MapLayout.invocationSelector]
        leaveForwardingWord(in: map, to: newMap.value)
        for index in slots.indices where !slots[index].kind.isAssignable {
            slots[index].value = try forward(slots[index].value, heap)
            heap.store(slots[index].value, into: newMap, at: MapLayout.firstSlot + index * 3 + 2)
        }
        return newMap
    }

    private func leaveForwardingWord(in object: ObjectRef, to copy: Value) {
        originals.append((object, object[word: 0]))
        object[word: 0] = copy
        object.header |= HeaderBits.forwarded
    }

    /// Blesses the words of every copy made so far (and of those it makes).
    private func drain(_ heap: Heap) throws(PrimitiveFailure) {
        while let copy = pending.popLast() {
            if copy.kind == .slots {
                copy[word: 0] = try forwardMap(copy.map, heap).value
            }
            var index = 2
            while index < copy.sizeInWords {
                let value = copy[word: index]
                if value.isObject {
                    heap.store(try forward(value, heap), into: copy, at: index)
                }
                index += 1
            }
        }
    }

    /// Gives every original its map word back.
    private func restoreOriginals() {
        for (object, mapWord) in originals {
            object.header &= ~HeaderBits.forwarded
            object[word: 0] = mapWord
        }
        originals.removeAll(keepingCapacity: true)
        pending.removeAll(keepingCapacity: true)
    }
}

extension VirtualMachine {
    /// `bless(v, A)` of actors.md §6.1.
    func bless(_ value: Value, into target: Actor) -> Result<Value, PrimitiveFailure> {
        blessing.bless(value, into: target)
    }
}

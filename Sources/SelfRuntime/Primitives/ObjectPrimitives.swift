/// Object primitives (primitives.md §3.2): `_AddSlots:`, `_Clone`, `_Eq:`, `_Inspect`,
/// and this VM's `_RemoveSlotNamed:` (docs/repl.md, "Live editing").
enum ObjectPrimitives {
    static let entries: [(name: String, function: PrimitiveFunction)] = [
        (
            "AddSlots:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let target = try vm.object(vm.receiver(base), .slots, -1, "_AddSlots:").get()
                    let source = try vm.object(vm.argument(base, 0), .slots, 0, "_AddSlots:").get()
                    if let message = vm.checkWritable(target, "_AddSlots: receiver is not writable for actor") {
                        throw PrimitiveFailure(message)
                    }
                    vm.addSlots(from: source, to: target)
                    return .value(vm.receiver(base))
                }
            }
        ),
        (
            "RemoveSlotNamed:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let target = try vm.object(vm.receiver(base), .slots, -1, "_RemoveSlotNamed:").get()
                    let name = try vm.object(vm.argument(base, 0), .byteArray, 0, "_RemoveSlotNamed:").get()
                    if let message = vm.checkWritable(target, "_RemoveSlotNamed: receiver is not writable for actor") {
                        throw PrimitiveFailure(message)
                    }
                    let selector = vm.memory.selectors.intern(vm.memory.string(name.value))
                    guard vm.removeSlot(selector, from: target) else {
                        throw PrimitiveFailure("_RemoveSlotNamed: no slot named '\(vm.memory.string(name.value))'")
                    }
                    return .value(vm.receiver(base))
                }
            }
        ),
        (
            "Clone",
            { vm, base, _ in
                if vm.memory.isKind(vm.receiver(base), .actorObject) {
                    return .error("Actor objects cannot be cloned")
                }
                if vm.memory.isKind(vm.receiver(base), .managedFD) {
                    return .value(vm.copyManagedFD(vm.receiver(base).object))
                }
                return .value(vm.memory.clone(vm.receiver(base)))
            }
        ),
        ("Eq:", { vm, base, _ in .value(vm.memory.boolean(vm.receiver(base) == vm.argument(base, 0))) }),
        (
            "Inspect",
            { vm, base, _ in
                Platform.writeError(Inspector(vm: vm).describe(vm.receiver(base)))
                return .value(vm.receiver(base))
            }
        ),
    ]
}

extension VirtualMachine {
    /// Merges the slots of `source` into `target` in place (language.md §11.7): a slot
    /// of the same name is replaced where it stands, the others are appended. The
    /// target gets a new map; its identity stays. When the fields no longer fit in the
    /// object, they move to an out-of-line array.
    func addSlots(from source: ObjectRef, to target: ObjectRef) {
        let heap = memory.heap
        let targetHandle = heap.protect(target.value)
        let sourceHandle = heap.protect(source.value)
        defer { heap.handles.removeLast(2) }
        let oldMap = target.map
        let sourceMap = source.map
        var slots = oldMap.mapSlots
        // Values of the assignable slots, in the merged order.
        var fieldValues: [Value] = (0..<oldMap.mapSlotCount).map {
            oldMap.mapSlotKind($0).isAssignable ? memory.field(target, oldMap.mapSlotField($0)) : .empty
        }
        for index in 0..<sourceMap.mapSlotCount {
            let kind = sourceMap.mapSlotKind(index)
            let value = kind.isAssignable ? memory.field(source, sourceMap.mapSlotField(index)) : .empty
            let slot = MapSlot(
                name: sourceMap.mapSlotName(index), kind: kind,
                value: kind.isAssignable ? .empty : sourceMap.mapSlotValue(index))
            if let existing = slots.firstIndex(where: { $0.name == slot.name }) {
                slots[existing] = slot
                fieldValues[existing] = value
            } else {
                slots.append(slot)
                fieldValues.append(value)
            }
        }
        install(slots, fieldValues: fieldValues, into: targetHandle)
        _ = sourceHandle
    }

    /// `_RemoveSlotNamed:` (this VM's extension, docs/repl.md): removes the slot
    /// `name` from `target` in place, which gets a new map; its identity stays. False
    /// when it has no such slot.
    func removeSlot(_ name: Int32, from target: ObjectRef) -> Bool {
        let oldMap = target.map
        guard let removed = oldMap.mapIndex(of: name) else { return false }
        let heap = memory.heap
        let targetHandle = heap.protect(target.value)
        defer { heap.handles.removeLast() }
        var slots = oldMap.mapSlots
        var fieldValues: [Value] = (0..<oldMap.mapSlotCount).map {
            oldMap.mapSlotKind($0).isAssignable ? memory.field(target, oldMap.mapSlotField($0)) : .empty
        }
        slots.remove(at: removed)
        fieldValues.remove(at: removed)
        install(slots, fieldValues: fieldValues, into: targetHandle)
        return true
    }

    /// Gives the object in handle `targetHandle` the map of `slots`, whose assignable
    /// ones take their values from `fieldValues` (one entry per slot, `.empty` for the
    /// others): inline while they fit in the object, otherwise (or once they were) in
    /// an out-of-line array. Words of the object no longer used are set to nil.
    private func install(_ slots: [MapSlot], fieldValues: [Value], into targetHandle: Int) {
        let heap = memory.heap
        var slots = slots
        let target = heap.handles[targetHandle].object
        let oldMap = target.map
        let fields = zip(slots, fieldValues).filter { $0.0.kind.isAssignable }.map(\.1)
        // The array of out-of-line fields is allocated below (a safepoint): every
        // value gathered so far, constants as well as fields, is held in a handle
        // across it and read back after.
        let constantStart = heap.handles.count
        for slot in slots { _ = heap.protect(slot.value) }
        let protectedStart = heap.handles.count
        for value in fields { _ = heap.protect(value) }
        defer { heap.handles.removeLast(slots.count + fields.count) }
        let wasOutOfLine = oldMap.mapFlags & MapFlags.fieldsOutOfLine != 0
        let inlineCapacity = target.sizeInWords - 2
        let outOfLine = wasOutOfLine || fields.count > inlineCapacity
        if outOfLine {
            let array = memory.allocateArray(count: fields.count, fill: memory.nilValue)
            for index in slots.indices { slots[index].value = heap.handles[constantStart + index] }
            let object = heap.handles[targetHandle].object
            for index in 0..<fields.count {
                heap.store(heap.handles[protectedStart + index], into: array, at: 3 + index)
            }
            let map = memory.makeMap(slots: slots, flags: MapFlags.fieldsOutOfLine)
            heap.store(array.value, into: object, at: 2)
            object.map = map
        } else {
            let object = heap.handles[targetHandle].object
            for index in 0..<fields.count {
                heap.store(heap.handles[protectedStart + index], into: object, at: 2 + index)
            }
            for index in (2 + fields.count)..<max(2 + fields.count, object.sizeInWords) {
                object[word: index] = memory.nilValue
            }
            object.map = memory.makeMap(slots: slots)
        }
        let object = heap.handles[targetHandle].object
        if object.isGloballyReachable {
            for index in 0..<fields.count { markGloballyReachable(heap.handles[protectedStart + index]) }
            for slot in slots where !slot.kind.isAssignable { markGloballyReachable(slot.value) }
        }
        invalidateLookups()
    }
}

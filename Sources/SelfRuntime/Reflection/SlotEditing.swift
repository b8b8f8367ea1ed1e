/// Reading and changing the slots of an object from Swift, for the REPL's live
/// editing (the journal's `:undo`, docs/repl.md): what `_AddSlots:`, `_RemoveSlotNamed:`
/// and an assignment do, without compiling anything.
public struct SlotState: Equatable {
    /// The slot's kind.
    public var kind: MapSlotKind
    /// Its value: the constant, or the assignable slot's current contents.
    public var value: Value

    public init(kind: MapSlotKind, value: Value) {
        self.kind = kind
        self.value = value
    }
}

extension VirtualMachine {
    /// The object's own slots in map order, by name. Values may be young objects:
    /// they move at the next allocation, so read them again after one.
    public func ownSlots(of object: Value) -> [(name: String, state: SlotState)] {
        guard object.isObject, object.object.kind == .slots else { return [] }
        let map = object.object.map
        return (0..<map.mapSlotCount).map { index in
            let kind = map.mapSlotKind(index)
            let value =
                kind.isAssignable ? memory.field(object.object, map.mapSlotField(index)) : map.mapSlotValue(index)
            return (memory.selectors.name(map.mapSlotName(index)), SlotState(kind: kind, value: value))
        }
    }

    /// Gives `object` the slot `name` with `state`, as `_AddSlots:` with a one-slot
    /// object would: a slot of that name is replaced where it stands. False when
    /// `object` is not a slots object or may not be written (actor mode).
    public func defineSlot(_ name: String, _ state: SlotState, in object: Value) -> Bool {
        guard object.isObject, object.object.kind == .slots, checkWritable(object.object, "") == nil else {
            return false
        }
        let heap = memory.heap
        let targetHandle = heap.protect(object)
        let valueHandle = heap.protect(state.value)
        defer { heap.handles.removeLast(2) }
        let selector = memory.selectors.intern(name)
        let map = memory.makeMap(slots: [
            MapSlot(name: selector, kind: state.kind, value: state.kind.isAssignable ? .empty : state.value)
        ])
        let source = memory.allocateSlots(map: map, fill: memory.nilValue)
        if state.kind.isAssignable { memory.setField(source, 0, heap.handles[valueHandle]) }
        addSlots(from: source, to: heap.handles[targetHandle].object)
        return true
    }

    /// Removes the slot `name` of `object` (`_RemoveSlotNamed:`); false when there is
    /// none or `object` may not be written.
    public func removeSlot(named name: String, from object: Value) -> Bool {
        guard object.isObject, object.object.kind == .slots, checkWritable(object.object, "") == nil else {
            return false
        }
        return removeSlot(memory.selectors.intern(name), from: object.object)
    }
}

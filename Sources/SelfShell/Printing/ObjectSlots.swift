import SelfRuntime

/// Reading an object's slots straight from its map and fields, without running any
/// Self code (what the printer and the outliner see of an object).
struct ObjectSlots {
    /// One slot of an object: its name, kind and current value.
    struct Slot {
        /// The selector (`x`, `at:Put:`).
        let name: String
        /// Constant, assignable, parent.
        let kind: MapSlotKind
        /// The value: the constant, or the field's contents.
        let value: Value
    }

    let vm: VirtualMachine

    /// The slots of `value` in map order (none for an integer's own map, which has
    /// only its traits parent).
    func slots(of value: Value) -> [Slot] {
        let memory = vm.memory
        let map = memory.mapOf(value)
        var result: [Slot] = []
        for index in 0..<map.mapSlotCount {
            let kind = map.mapSlotKind(index)
            let slotValue =
                kind.isAssignable && value.isObject
                ? memory.field(value.object, map.mapSlotField(index)) : map.mapSlotValue(index)
            result.append(Slot(name: memory.selectors.name(map.mapSlotName(index)), kind: kind, value: slotValue))
        }
        return result
    }

    /// The value of the slot called `name` of `value` itself (no inheritance).
    func slot(_ name: String, of value: Value) -> Value? {
        slots(of: value).first { $0.name == name }?.value
    }

    /// The object at a path of slots from the lobby (`["std", "traits", "vector"]`),
    /// each step found as a send would find it, through parents (the world keeps
    /// `std` in the lobby's parent `globals`). Methods end the path: nothing runs.
    func object(at path: [String]) -> Value? {
        var current = vm.memory.known.lobby
        for name in path {
            guard let found = holder(of: name, from: current), found.slot.name == name,
                !vm.memory.isKind(found.slot.value, .method), found.slot.value.isObject
            else { return nil }
            current = found.slot.value
        }
        return current
    }

    /// The parents of `value`, in declaration order.
    func parents(of value: Value) -> [Value] {
        slots(of: value).filter { $0.kind.isParent }.map(\.value)
    }

    /// The ancestors of `value` in lookup order (depth first through parent slots in
    /// declaration order, each once: language.md §7.4), `value` first.
    func lookupOrder(from value: Value) -> [Value] {
        var order: [Value] = []
        var seen: Set<UInt64> = []
        func visit(_ object: Value, depth: Int) {
            guard depth < 200, seen.insert(object.raw).inserted else { return }
            order.append(object)
            for parent in parents(of: object) { visit(parent, depth: depth + 1) }
        }
        visit(value, depth: 0)
        return order
    }

    /// The object that holds the slot `selector` found by lookup from `value`, with
    /// the slot (an assignment `x:` is found as the assignable slot `x`).
    func holder(of selector: String, from value: Value) -> (holder: Value, slot: Slot)? {
        let target =
            selector.hasSuffix(":") && selector.filter({ $0 == ":" }).count == 1 ? String(selector.dropLast()) : nil
        for object in lookupOrder(from: value) {
            for slot in slots(of: object) {
                if slot.name == selector { return (object, slot) }
                if let target, slot.name == target, slot.kind.isAssignable { return (object, slot) }
            }
        }
        return nil
    }
}

import SelfRuntime

/// A receiver that completion knows without running any Self code: an object it holds
/// (the lobby, what a slot holds, `$N`, an integer), a literal of which only the map
/// is known (strings, floats), or a block literal.
enum StaticReceiver {
    /// A value: lookup starts at its map and can read its fields.
    case value(Value)
    /// A literal that does not exist yet: lookup starts at this map, and no fields can
    /// be read.
    case literal(ObjectRef)
    /// A block literal with this many arguments: it answers its invocation selector,
    /// then what the block traits answer.
    case block(arguments: Int)
}

/// One object of a receiver's lookup path: the object when there is one, and the map
/// its slots are read from.
struct Ancestor {
    /// The object, or nil for a literal known only by its map.
    var object: Value?
    /// The map (`ObjectMemory.mapOf` of the object).
    var map: ObjectRef
}

extension StaticReceiver {
    /// The objects lookup searches for this receiver, in lookup order (language.md
    /// §7.4, `Interpreter/Lookup.swift`): depth first through parent slots in
    /// declaration order, each object once. A loop with an explicit stack, so that a
    /// parent chain of any depth is walked without recursion; at most
    /// `maximumAncestors` objects.
    func ancestors(in memory: ObjectMemory) -> [Ancestor] {
        let first: Ancestor
        switch self {
        case .value(let value): first = Ancestor(object: value, map: memory.mapOf(value))
        case .literal(let map): first = Ancestor(object: nil, map: map)
        case .block:
            let traits = memory.known.blockTraits
            first = Ancestor(object: traits, map: memory.mapOf(traits))
        }
        var result: [Ancestor] = []
        var visited: Set<UInt64> = []
        var pending = [first]
        while let next = pending.popLast(), result.count < Self.maximumAncestors {
            guard visited.insert(next.object?.raw ?? next.map.value.raw).inserted else { continue }
            result.append(next)
            let map = next.map
            guard map.mapFlags & MapFlags.hasParents != 0 else { continue }
            var parents: [Ancestor] = []
            for index in 0..<map.mapSlotCount {
                let kind = map.mapSlotKind(index)
                guard kind.isParent else { continue }
                let parent: Value
                if kind.isAssignable {
                    guard let holder = Self.fieldHolder(next.object, memory) else { continue }
                    parent = memory.field(holder, map.mapSlotField(index))
                } else {
                    parent = map.mapSlotValue(index)
                }
                parents.append(Ancestor(object: parent, map: memory.mapOf(parent)))
            }
            pending.append(contentsOf: parents.reversed())
        }
        return result
    }

    /// The most objects one walk visits.
    static let maximumAncestors = 4_096

    /// The object whose fields can be read: a slots object (only those have
    /// assignable slots), never a literal.
    static func fieldHolder(_ object: Value?, _ memory: ObjectMemory) -> ObjectRef? {
        guard let object, memory.isKind(object, .slots) else { return nil }
        return object.object
    }
}

/// Finds the `StaticReceiver` of a `ReceiverExpression` by reading slots, never by
/// sending a message: a constant slot answers its value, an assignable slot the value
/// it holds now, and a method (or a primitive, or anything unknown) ends the chain with
/// no receiver, since knowing what it answers would mean running it.
struct ReceiverResolver {
    /// The VM whose objects are read.
    let vm: VirtualMachine
    /// The results of earlier inputs, for `$N`.
    let resultLookup: ((Int) -> Value?)?

    /// The receiver, or nil when it cannot be known without running code.
    func resolve(_ expression: ReceiverExpression) -> StaticReceiver? {
        let memory = vm.memory
        var receiver: StaticReceiver
        switch expression.primary {
        case .implicitSelf: receiver = .value(memory.known.lobby)
        case .send("self"): receiver = .value(memory.known.lobby)
        case .send(let name):
            guard let found = send(name, to: .value(memory.known.lobby)) else { return nil }
            receiver = found
        case .integer(let value): receiver = .value(Value.checkedInteger(value) ?? Value(integer: 0))
        case .float: receiver = .literal(memory.known.floatMap)
        case .string: receiver = .literal(memory.known.byteArrayMap)
        case .block(let arguments): receiver = .block(arguments: arguments)
        case .result(let number):
            guard let value = resultLookup?(number) else { return nil }
            receiver = .value(value)
        case .unknown: return nil
        }
        for name in expression.sends {
            guard let next = send(name, to: receiver) else { return nil }
            receiver = next
        }
        return receiver
    }

    /// What the unary `name` answers when sent to `receiver`, if that can be read
    /// from a slot.
    func send(_ name: String, to receiver: StaticReceiver) -> StaticReceiver? {
        let memory = vm.memory
        // A name never interned is in no map; looking it up must not intern it.
        guard name.utf8.first != UInt8(ascii: "_"), let selector = memory.selectors.lookup(name) else { return nil }
        for ancestor in receiver.ancestors(in: memory) {
            guard let index = ancestor.map.mapIndex(of: selector) else { continue }
            if ancestor.map.mapSlotKind(index).isAssignable {
                guard let holder = StaticReceiver.fieldHolder(ancestor.object, memory) else { return nil }
                return .value(memory.field(holder, ancestor.map.mapSlotField(index)))
            }
            let value = ancestor.map.mapSlotValue(index)
            return memory.isKind(value, .method) ? nil : .value(value)
        }
        return nil
    }
}

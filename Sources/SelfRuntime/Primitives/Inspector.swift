/// The `_Inspect` dump (primitives.md §3.2): informative, not compared by tests.
struct Inspector {
    let memory: ObjectMemory
    /// The OS descriptor of a managed FD handle.
    let descriptor: (ObjectRef) -> Int32
    /// Objects being printed, to show cycles.
    var active: [UInt64] = []

    init(vm: VirtualMachine) {
        memory = vm.memory
        descriptor = { [unowned vm] in vm.descriptor(of: $0) }
    }

    func describe(_ value: Value) -> String {
        var inspector = self
        return inspector.dump(value, indent: 0, nested: false)
    }

    /// How deep nested arrays and slots objects are shown; deeper ones print as
    /// `<…>` (a dump is informative, and recursion must stay bounded).
    static let maximumDepth = 64

    mutating func dump(_ value: Value, indent: Int, nested: Bool) -> String {
        if value.isInteger { return "<integer> \(value.integer)" }
        if indent > Inspector.maximumDepth { return "<…>" }
        let known = memory.known
        if nested {
            if value == known.nilObject { return "<global nil>" }
            if value == known.trueObject { return "<global true>" }
            if value == known.falseObject { return "<global false>" }
        }
        let object = value.object
        let prefix = (object.isGloballyReachable ? "(G) " : "") + "(#\(object.actorID)) "
        switch object.kind {
        case .byteArray:
            let bytes = memory.bytes(value)
            return prefix + "<byte array size: \(bytes.count)> \"" + String(decoding: bytes, as: UTF8.self) + "\""
        case .array:
            if active.contains(value.raw) { return "<cyclic reference>" }
            active.append(value.raw)
            defer { active.removeLast() }
            let count = memory.count(object)
            var elements: [String] = []
            for index in 0..<count { elements.append(dump(object[word: 3 + index], indent: indent + 1, nested: true)) }
            return prefix + "<array size: \(count)> [ " + elements.joined(separator: ", ") + " ]"
        case .float:
            let bits = object.address.load(fromByteOffset: 16, as: UInt64.self)
            return prefix + "<float> \(Double(bitPattern: bits))"
        case .block:
            return prefix + "<block object>"
        case .method:
            return prefix + "<method object>"
        case .managedFD:
            return prefix + "<managed object: FileDescriptor> <integer> \(descriptor(object))"
        case .addressInfo:
            return prefix + "<address info>"
        case .actorObject:
            return prefix + "<actor #\(object[word: 2].integer)>"
        case .actorProxy:
            return prefix + "<actor proxy for #\(object[word: 2].integer)>"
        case .map, .context:
            return prefix + "<\(object.kind)>"
        case .slots:
            if active.contains(value.raw) { return "<cyclic reference>" }
            active.append(value.raw)
            defer { active.removeLast() }
            let map = object.map
            var text = prefix + "(|\n"
            let pad = String(repeating: "  ", count: indent + 1)
            for index in 0..<map.mapSlotCount {
                let name = memory.selectors.name(map.mapSlotName(index))
                let kind = map.mapSlotKind(index)
                let slotValue =
                    kind.isAssignable ? memory.field(object, map.mapSlotField(index)) : map.mapSlotValue(index)
                let shown: String
                if kind.isParent {
                    shown = "<parent object>"
                } else if memory.isKind(slotValue, .method) {
                    shown = "<method object \"\(name)\">"
                } else {
                    shown = dump(slotValue, indent: indent + 1, nested: true)
                }
                let marker = kind.isParent ? "*" : ""
                let arrow = kind.isAssignable ? "<-" : "="
                text += "\(pad)\(name)\(marker) \(arrow) \(shown).\n"
            }
            return text + String(repeating: "  ", count: indent) + "|)"
        }
    }
}

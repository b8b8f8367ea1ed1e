/// The `_Inspect` dump (primitives.md §3.2): informative, not compared by tests.
///
/// A dump is bounded by the objects it reaches, not by the paths to them: an array
/// or slots object appears in full once per dump, and again as `<shared reference>`
/// (an array of a thousand references to one large array would otherwise print it
/// a thousand times; a lattice of shared objects, exponentially often). The whole
/// text is also cut at `maximumBytes`, with a note, so that a dump of a huge
/// structure cannot exhaust memory. Both are this VM's choices (docs/robustness.md).
struct Inspector {
    let memory: ObjectMemory
    /// The OS descriptor of a managed FD handle.
    let descriptor: (ObjectRef) -> Int32
    /// Objects being printed, to show cycles.
    var active: [UInt64] = []
    /// Arrays and slots objects printed so far in this dump.
    var shown: Set<UInt64> = []
    /// Bytes of text the dump may still produce.
    var budget = Inspector.maximumBytes
    /// The most text one dump produces before it is cut.
    static let maximumBytes = 4 << 20

    init(vm: VirtualMachine) {
        memory = vm.memory
        descriptor = { [unowned vm] in vm.descriptor(of: $0) }
    }

    func describe(_ value: Value) -> String {
        var inspector = self
        let text = inspector.dump(value, indent: 0, nested: false)
        return inspector.budget > 0 ? text : text + "\n<dump cut at \(Inspector.maximumBytes) bytes>"
    }

    /// Charges `text` to the budget and returns it.
    mutating func emit(_ text: String) -> String {
        budget -= text.utf8.count
        return text
    }

    /// Whether `value` was printed before in this dump (and marks it printed).
    mutating func alreadyShown(_ value: Value) -> Bool {
        !shown.insert(value.raw).inserted
    }

    /// How deep nested arrays and slots objects are shown; deeper ones print as
    /// `<…>` (a dump is informative, and recursion must stay bounded).
    static let maximumDepth = 64

    mutating func dump(_ value: Value, indent: Int, nested: Bool) -> String {
        if value.isInteger { return emit("<integer> \(value.integer)") }
        if value.isImmediateFloat { return emit("<float> \(value.immediateFloat)") }
        if indent > Inspector.maximumDepth || budget <= 0 { return "<…>" }
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
            let count = memory.count(object)
            let bytes = memory.bytes(value).prefix(max(0, budget))
            let cut = bytes.count < count ? "…" : ""
            return emit(
                prefix + "<byte array size: \(count)> \"" + String(decoding: bytes, as: UTF8.self) + cut + "\"")
        case .array:
            if active.contains(value.raw) { return "<cyclic reference>" }
            if alreadyShown(value) { return emit(prefix + "<shared reference>") }
            active.append(value.raw)
            defer { active.removeLast() }
            let count = memory.count(object)
            var elements: [String] = []
            for index in 0..<count {
                if budget <= 0 {
                    elements.append("… \(count - index) more")
                    break
                }
                elements.append(dump(object[word: 3 + index], indent: indent + 1, nested: true))
                budget -= 2
            }
            return emit(prefix + "<array size: \(count)> [ ") + elements.joined(separator: ", ") + " ]"
        case .float:
            let bits = object.address.load(fromByteOffset: 16, as: UInt64.self)
            return prefix + "<float> \(Double(bitPattern: bits))"
        case .bigInteger:
            return prefix + memory.bigInteger(of: object).description
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
            if alreadyShown(value) { return emit(prefix + "<shared reference>") }
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
                let valueText: String
                if kind.isParent {
                    valueText = "<parent object>"
                } else if memory.isKind(slotValue, .method) {
                    valueText = "<method object \"\(name)\">"
                } else {
                    valueText = dump(slotValue, indent: indent + 1, nested: true)
                }
                let marker = kind.isParent ? "*" : ""
                let arrow = kind.isAssignable ? "<-" : "="
                text += emit("\(pad)\(name)\(marker) \(arrow) ") + valueText + ".\n"
                if budget <= 0 {
                    text += "\(pad)…\n"
                    break
                }
            }
            return text + String(repeating: "  ", count: indent) + "|)"
        }
    }
}

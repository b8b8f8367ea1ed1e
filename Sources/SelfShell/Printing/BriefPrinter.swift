import SelfRuntime

/// The one-line form of a value that the REPL prints (docs/repl.md, "Results"):
/// `7`, `'abc'`, `true`, `nil`, `[3, 4]` for a `std vector`, the path name of an
/// object reachable from the lobby (`std traits integer`), otherwise a summary of
/// its slots cut to one line (`(| x <- 3. y <- 4 |)`).
///
/// It reads maps and fields only: no Self code runs to print a value.
struct BriefPrinter {
    /// The longest text of one value, in characters, before it is cut with `…`.
    static let maximumLength = 100
    /// The most elements of a vector or array shown.
    static let maximumElements = 10

    let vm: VirtualMachine
    let namer: ObjectNamer

    /// The brief text of `value`.
    func text(_ value: Value) -> String {
        Self.cut(describe(value, depth: 0), to: Self.maximumLength)
    }

    /// `text` shortened to `length` characters, ending in `…` if it was longer.
    static func cut(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    /// A Self string literal for `text`: quoted, with `\'`, `\\` and control
    /// characters escaped.
    static func literal(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "'": out += "\\'"
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }

    private func describe(_ value: Value, depth: Int) -> String {
        if value.isInteger { return String(value.integer) }
        if value.isImmediateFloat { return String(value.immediateFloat) }
        let memory = vm.memory
        if vm.isNil(value) { return "nil" }
        if vm.isTrue(value) { return "true" }
        if vm.isFalse(value) { return "false" }
        let object = value.object
        switch object.kind {
        case .byteArray:
            let bytes = memory.bytes(value).prefix(Self.maximumLength)
            return Self.literal(String(decoding: bytes, as: UTF8.self))
        case .float:
            return String(Double(bitPattern: object.address.load(fromByteOffset: 16, as: UInt64.self)))
        case .bigInteger:
            // All the digits when they fit on the line; otherwise the first ones and
            // how many there are (the whole value is `$N asString`).
            let digits = memory.decimalText(ofInteger: value) ?? "?"
            if digits.count <= Self.maximumLength { return digits }
            let count = digits.count - (digits.hasPrefix("-") ? 1 : 0)
            return String(digits.prefix(Self.maximumLength - 24)) + "… (\(count) digits)"
        case .array:
            let count = memory.count(object)
            let elements = (0..<min(count, Self.maximumElements)).map {
                describe(object[word: 3 + $0], depth: depth + 1)
            }
            return "{" + joined(elements, total: count) + "}"
        case .block:
            return "[…]"
        case .method:
            return "(…)"
        case .actorObject:
            return "<actor #\(object[word: 2].integer)>"
        case .actorProxy:
            return "<actor proxy for #\(object[word: 2].integer)>"
        case .managedFD:
            return "<file descriptor>"
        case .addressInfo:
            return "<address info>"
        case .map, .context:
            return "<\(object.kind)>"
        case .slots:
            if let elements = vectorElements(value) {
                let shown = elements.prefix(Self.maximumElements).map { describe($0, depth: depth + 1) }
                return "[" + joined(shown, total: elements.count) + "]"
            }
            if let name = PathNames(vm: vm, namer: namer).name(of: value) { return name }
            return depth > 0 ? "(|…|)" : summary(value)
        }
    }

    private func joined(_ elements: [String], total: Int) -> String {
        elements.joined(separator: ", ") + (total > elements.count ? ", … \(total - elements.count) more" : "")
    }

    /// `(| parent* = std traits point. x <- 3. y <- 4 |)`, values one level deep.
    func summary(_ value: Value) -> String {
        let slots = ObjectSlots(vm: vm).slots(of: value)
        if slots.isEmpty { return "()" }
        let parts = slots.map { slot -> String in
            let marker = slot.kind.isParent ? "*" : ""
            let arrow = slot.kind.isAssignable ? "<-" : "="
            return "\(slot.name)\(marker) \(arrow) \(describe(slot.value, depth: 1))"
        }
        return "(| " + parts.joined(separator: ". ") + " |)"
    }

    /// The elements of a `std vector` (world-api.md §11: a parent `std traits
    /// vector`, an array `items`, an integer `size`), or nil for anything else.
    func vectorElements(_ value: Value) -> [Value]? {
        let reader = ObjectSlots(vm: vm)
        guard let traits = reader.object(at: ["std", "traits", "vector"]),
            reader.parents(of: value).contains(traits),
            let items = reader.slot("items", of: value), vm.memory.isKind(items, .array),
            let size = reader.slot("size", of: value), size.isInteger
        else { return nil }
        let count = min(Int(size.integer), vm.memory.count(items.object))
        return (0..<max(0, count)).map { items.object[word: 3 + $0] }
    }
}

extension String {
    /// The string with zeros before it, to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

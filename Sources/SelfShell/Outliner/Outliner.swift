import SelfRuntime

/// The REPL's outliner (docs/repl.md, "The outliner"): `:inspect`, `:source`,
/// `:where` and `:find` answer from maps and fields, and from the source ranges kept on
/// methods' code; none of them runs Self code (the shell evaluates the command's
/// expression first, like any input).
struct Outliner {
    let vm: VirtualMachine
    let namer: ObjectNamer
    let printer: ResultPrinter

    private var reader: ObjectSlots { ObjectSlots(vm: vm) }

    /// How an ancestor is named in listings: its path, else its brief form.
    func name(of object: Value) -> String {
        PathNames(vm: vm, namer: namer).name(of: object) ?? printer.brief(object)
    }

    /// `:inspect`: `value` (numbered `number`), then its slots grouped by the object
    /// that defines them, in lookup order; a slot that an earlier object defines too
    /// is marked as hidden.
    func inspect(_ value: Value, number: Int) -> String {
        var text = "$\(number) = \(printer.brief(value))\n"
        var seen: Set<String> = []
        for (position, object) in reader.lookupOrder(from: value).enumerated() {
            let slots = reader.slots(of: object)
            if position > 0 { text += "\(name(of: object)):\n" }
            if slots.isEmpty {
                if position == 0 { text += "  no slots of its own\n" }
                continue
            }
            for slot in slots {
                let hidden = !seen.insert(slot.name).inserted && !slot.kind.isParent
                text += "  " + line(for: slot) + (hidden ? "   (hidden by an earlier slot)" : "") + "\n"
            }
        }
        return text
    }

    /// One slot as the outliner lists it: `x <- 3`, `parent* = std traits point`,
    /// `at:Put: = (…)`.
    func line(for slot: ObjectSlots.Slot) -> String {
        let marker = slot.kind.isParent ? "*" : ""
        let arrow = slot.kind.isAssignable ? "<-" : "="
        let shown = slot.kind.isParent ? name(of: slot.value) : printer.brief(slot.value)
        return "\(slot.name)\(marker) \(arrow) \(shown)"
    }

    /// `:where`: the object whose slot answers `selector` sent to `value`.
    func whereIs(_ selector: String, from value: Value) -> String {
        guard let found = reader.holder(of: selector, from: value) else { return notFound(selector, value) }
        let what =
            vm.memory.isKind(found.slot.value, .method)
            ? "a method"
            : found.slot.kind.isAssignable ? "an assignable slot" : "a constant slot"
        if found.slot.name != selector {
            return "\(selector) assigns \(found.slot.name), \(what) of \(name(of: found.holder))\n"
        }
        return "\(selector) is \(what) of \(name(of: found.holder))\n"
    }

    /// `:source`: the definition of the method that answers `selector`.
    func source(_ selector: String, from value: Value) -> String {
        guard let found = reader.holder(of: selector, from: value) else { return notFound(selector, value) }
        let holder = name(of: found.holder)
        guard vm.memory.isKind(found.slot.value, .method) else {
            return "\(found.slot.name) is a data slot of \(holder): \(line(for: found.slot))\n"
        }
        guard let source = vm.source(ofMethod: found.slot.value) else {
            return "\(selector) is a method of \(holder); its source was not kept\n"
        }
        return "\"\(holder), \(source.fileName):\(source.line)\"\n\(source.text)\n"
    }

    /// `:find`: the selectors of the named objects that contain `text` (ignoring
    /// case), each with its owners' path names.
    func find(_ text: String) -> String {
        let needle = text.lowercased()
        var owners: [String: [String]] = [:]
        let paths = PathNames(vm: vm, namer: namer)
        for (raw, path) in namer.allNames {
            let object = Value(raw: raw)
            guard vm.memory.isKind(object, .slots) else { continue }
            for slot in reader.slots(of: object) where slot.name.lowercased().contains(needle) {
                owners[slot.name, default: []].append(paths.shorten(path))
            }
        }
        if owners.isEmpty { return "No selector of an object reachable from the lobby contains '\(text)'.\n" }
        return owners.keys.sorted().map { selector in
            "\(selector)   " + owners[selector]!.sorted { ($0.count, $0) < ($1.count, $1) }.joined(separator: "; ")
                + "\n"
        }.joined()
    }

    private func notFound(_ selector: String, _ value: Value) -> String {
        var text = "\(printer.brief(value)) does not understand \(selector)\n"
        let close = SelectorSuggestions.close(to: selector, among: vm.selectorsUnderstood(by: value))
        if !close.isEmpty { text += "It understands " + close.joined(separator: ", ") + ".\n" }
        return text
    }
}

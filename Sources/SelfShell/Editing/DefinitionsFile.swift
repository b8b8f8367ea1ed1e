import SelfRuntime

/// The text `:save FILE` writes: the lobby slots the user defined or changed at the
/// prompt, as one `_AddSlots:` statement that `self FILE`, `_RunScript` and `:load`
/// can run to define them again.
///
/// Each slot is written as it was last defined when its value has not changed since
/// (the definition's text from the input); otherwise its current value when that has
/// a source form: a literal (integer, string, `nil`, `true`, `false`) or the path name
/// of an object reachable from the lobby by another path (`std traits clonable`).
/// A slot with neither is written as first defined, with a comment saying so, or, with
/// no text at all, as a comment alone.
public enum DefinitionsFile {
    /// The file's text for `journal`'s definitions.
    public static func text(_ journal: LobbyJournal, vm: VirtualMachine, namer: ObjectNamer) -> String {
        let definitions = journal.definitions()
        var lines = ["\"Definitions saved from the SwiftSelf REPL; run with `self FILE` or :load FILE.\""]
        if definitions.isEmpty {
            lines.append("\"(No definitions.)\"")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("_AddSlots: (|")
        for definition in definitions {
            let arrow = definition.state.kind.isAssignable ? "<-" : "="
            let marker = definition.state.kind.isParent ? "*" : ""
            let head = "\(definition.name)\(marker) \(arrow) "
            if definition.latest.source != nil, let source = definition.source {
                lines.append(indented(source) + ".")
            } else if let form = sourceForm(of: definition.state.value, slot: definition.name, vm: vm, namer: namer) {
                lines.append("    " + head + form + ".")
            } else if let source = definition.source {
                lines.append("    \"\(definition.name): its value changed since; written as defined.\"")
                lines.append(indented(source) + ".")
            } else if let method = vm.source(ofMethod: definition.state.value) {
                lines.append(indented(method.text) + ".")
            } else {
                lines.append("    \"\(definition.name): not saved, its value has no source form.\"")
            }
        }
        lines.append("|).")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Self expression for `value`, or nil: literals, and path names that do not
    /// go through the slot being written.
    static func sourceForm(of value: Value, slot: String, vm: VirtualMachine, namer: ObjectNamer) -> String? {
        if value.isInteger { return String(value.integer) }
        if vm.isNil(value) { return "nil" }
        if vm.isTrue(value) { return "true" }
        if vm.isFalse(value) { return "false" }
        if vm.memory.isKind(value, .byteArray) { return stringLiteral(vm.memory.bytes(value)) }
        if let path = namer.name(of: value), path != slot, !path.hasPrefix(slot + " ") { return path }
        return nil
    }

    /// A Self string literal with `bytes`, escaped (language.md §2.8).
    static func stringLiteral(_ bytes: [UInt8]) -> String {
        var text = "'"
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "'"): text += "\\'"
            case UInt8(ascii: "\\"): text += "\\\\"
            case 0x0A: text += "\\n"
            case 0x0D: text += "\\r"
            case 0x09: text += "\\t"
            case 0x20..<0x7F: text.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789abcdef")
                text += "\\x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
            }
        }
        return text + "'"
    }

    private static func indented(_ source: String) -> String {
        source.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}

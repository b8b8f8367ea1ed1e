import SelfRuntime
import SelfSyntax

/// What the REPL answers for an input that defines something, instead of the object
/// it answers (docs/repl.md, "Results"): one line naming what changed.
///
/// Found by parsing the input (with the same parser as the compiler) and looking at
/// its last statement, the one whose value would be printed:
/// - `_AddSlots: (| counter <- 0. bump = (…) |)` answers `added counter, bump`
///   (`added to std traits point: x` for another receiver);
/// - `counter: 3`, sent to the lobby and answered by an assignable slot of the lobby
///   or its ancestors, answers `counter: 3` (the slot's new value, brief).
public enum DefinitionSummary: Equatable {
    /// `_AddSlots:` with an object literal: the names of its slots; whether the
    /// receiver was the implicit one (the lobby).
    case addedSlots([String], toLobby: Bool)
    /// An implicit-receiver one-keyword send `name: value`.
    case assignment(String)

    /// What the last statement of `text` defines, if anything.
    public static func of(_ text: String) -> DefinitionSummary? {
        let result = Parser.parse(SourceFile(name: "<input>", text: text), skipShebang: false)
        guard !result.hasErrors, let last = result.script.statements.last, !last.isReturn,
            case .send(let send) = last.expression.kind
        else { return nil }
        if send.selector == "_AddSlots:", send.arguments.count == 1,
            case .object(let literal) = send.arguments[0].kind
        {
            let implicit: Bool
            if let receiver = send.receiver {
                guard case .selfObject = receiver.kind else {
                    return .addedSlots(literal.slots.map(\.name), toLobby: false)
                }
                implicit = true
            } else {
                implicit = true
            }
            return .addedSlots(literal.slots.map(\.name), toLobby: implicit)
        }
        if send.receiver == nil, !send.isPrimitive, send.arguments.count == 1, send.selector.hasSuffix(":"),
            send.selector.dropLast().allSatisfy({ $0 != ":" })
        {
            return .assignment(String(send.selector.dropLast()))
        }
        return nil
    }

    /// The acknowledgement line for this definition after the input answered
    /// `value`, or nil when the input turned out to be something else (a keyword
    /// method of the lobby rather than an assignment, say), so the value is printed.
    func line(value: Value, vm: VirtualMachine, printer: ResultPrinter) -> String? {
        let lobby = vm.memory.known.lobby
        switch self {
        case .addedSlots(let names, let toLobby):
            let list = names.isEmpty ? "no slots" : names.joined(separator: ", ")
            if toLobby || value == lobby { return "added \(list)" }
            return "added to \(printer.brief(value)): \(list)"
        case .assignment(let name):
            guard value == lobby, let found = ObjectSlots(vm: vm).holder(of: name, from: lobby),
                found.slot.kind.isAssignable, found.slot.name == name
            else { return nil }
            return "\(name): \(printer.brief(found.slot.value))"
        }
    }
}

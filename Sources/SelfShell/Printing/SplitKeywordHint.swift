import SelfRuntime
import SelfSyntax

/// The hint for a keyword message split in two (docs/repl.md, "Errors"): in
/// `x ifTrue: [a] ifFalse: [b]` the lowercase `ifFalse:` starts a message of its own,
/// sent to the block `[a]`, which does not understand it. When the input has a send
/// of the failing selector to a block that is the last argument of a keyword send,
/// the two keywords are joined (`ifTrue:IfFalse:`) and compared with the keyword
/// selectors of the objects reachable from the lobby that start with the first one.
enum SplitKeywordHint {
    /// The hint line (with its LF) for `selector` failing in `input`, or nil.
    static func hint(selector: String, input: String, vm: VirtualMachine, namer: ObjectNamer) -> String? {
        let parsed = Parser.parse(SourceFile(name: "<input>", text: input), skipShebang: false)
        guard !parsed.hasErrors, selector.hasSuffix(":") else { return nil }
        var outer: String?
        for statement in parsed.script.statements {
            outer = outer ?? enclosing(selector, in: statement.expression)
        }
        guard let outer else { return nil }
        let joined = outer + selector.prefix(1).uppercased() + selector.dropFirst()
        var selectors: Set<String> = []
        let reader = ObjectSlots(vm: vm)
        for raw in namer.allNames.keys where vm.memory.isKind(Value(raw: raw), .slots) {
            for slot in reader.slots(of: Value(raw: raw)) where slot.name.hasPrefix(outer) && slot.name != outer {
                selectors.insert(slot.name)
            }
        }
        let close = SelectorSuggestions.close(to: joined, among: Array(selectors))
        guard !close.isEmpty else { return nil }
        return "Hint: \(selector) went to the block argument of \(outer) as a message of its own;"
            + " did you mean \(close.joined(separator: " or "))?\n"
    }

    /// The selector of a keyword send whose last argument is a block that is sent
    /// `selector`, searching `expression` and everything in it.
    private static func enclosing(_ selector: String, in expression: Expression) -> String? {
        switch expression.kind {
        case .send(let send):
            if let last = send.arguments.last, send.selector.hasSuffix(":"), case .send(let inner) = last.kind,
                inner.selector == selector, let receiver = inner.receiver, case .block = receiver.kind
            {
                return send.selector
            }
            for argument in send.arguments {
                if let found = enclosing(selector, in: argument) { return found }
            }
            return send.receiver.flatMap { enclosing(selector, in: $0) }
        case .block(let body):
            for statement in body.statements {
                if let found = enclosing(selector, in: statement.expression) { return found }
            }
            return nil
        default:
            return nil
        }
    }
}

import SelfRuntime
import SelfSyntax

/// The slot definitions an input writes for the lobby, as text: the slots of every
/// `_AddSlots: (| … |)` statement sent to the lobby (implicitly, or to `self` or
/// `lobby`), by name, so that the journal can remember how each was defined and
/// `:save` and `:edit` can write it again. Other ways of changing the lobby (an
/// assignment, a method that adds slots) have no text here; `DefinitionsFile` then
/// writes the value when it has a literal form.
public enum SlotSources {
    /// The definitions in `text`, by slot name as the lobby's map holds it (the last
    /// one wins).
    public static func definitions(in text: String, name: String = "<input>") -> [String: String] {
        let source = SourceFile(name: name, text: text)
        let parsed = Parser.parse(source, skipShebang: false)
        var found: [String: String] = [:]
        for statement in parsed.script.statements {
            collect(statement.expression, source, &found)
        }
        return found
    }

    private static func collect(_ expression: Expression, _ source: SourceFile, _ found: inout [String: String]) {
        guard case .send(let send) = expression.kind else { return }
        // `a. b` chains and cascades: look at the receiver's sends too.
        if let receiver = send.receiver { collect(receiver, source, &found) }
        guard send.selector == "_AddSlots:", isLobby(send.receiver), let argument = send.arguments.first,
            case .object(let literal) = argument.kind
        else { return }
        for slot in literal.slots {
            found[slot.name] = String(decoding: source.text(slot.range), as: UTF8.self)
        }
    }

    /// Whether a receiver is the lobby: implicit, `self` (elided by the parser) or
    /// a `lobby` send to the implicit receiver.
    private static func isLobby(_ receiver: Expression?) -> Bool {
        guard let receiver else { return true }
        if case .selfObject = receiver.kind { return true }
        if case .send(let send) = receiver.kind, send.receiver == nil, send.selector == "lobby", send.arguments.isEmpty
        {
            return true
        }
        return false
    }
}

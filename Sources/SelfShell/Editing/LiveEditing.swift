import SelfRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// The REPL's live-editing commands over a `LobbyJournal` (docs/repl.md, "Live
/// editing"): `:changes`, `:undo`, `:save FILE`, `:load FILE` and `:edit SLOT`. The
/// commands that run Self text (`:load`, `:edit`) answer it for the shell to evaluate
/// as an input, so that it is numbered, reported and journaled like any other.
public final class LiveEditing {
    /// The journal the shell feeds before and after every input.
    public let journal: LobbyJournal
    private let vm: VirtualMachine
    private let namer: ObjectNamer
    /// How a value is shown in one line (the shell's brief printer).
    private let describe: (Value) -> String

    public init(vm: VirtualMachine, namer: ObjectNamer, describe: @escaping (Value) -> String) {
        self.vm = vm
        self.namer = namer
        self.describe = describe
        journal = LobbyJournal(vm: vm)
    }

    /// `:changes`: the journal as a diff, one line per change, grouped by input.
    public func changesText() -> String {
        guard !journal.changes.isEmpty else { return "No changes to the lobby yet.\n" }
        var text = ""
        var input = -1
        for change in journal.changes {
            if change.input != input {
                input = change.input
                text += "input \(input):\n"
            }
            text += "  " + line(for: change) + "\n"
        }
        return text
    }

    /// One change: `+ name <- value`, `~ name <- value (was old)`, `- name`.
    func line(for change: LobbyChange) -> String {
        switch change.kind {
        case .added:
            return "+ " + slotText(change.name, journal.slot(after: change))
        case .changed:
            let before = journal.slot(before: change).map { describe($0.value) } ?? "?"
            return "~ " + slotText(change.name, journal.slot(after: change)) + "   (was \(before))"
        case .removed:
            return "- " + slotText(change.name, journal.slot(before: change))
        }
    }

    private func slotText(_ name: String, _ state: SlotState?) -> String {
        guard let state else { return name }
        let arrow = state.kind.isAssignable ? "<-" : "="
        let marker = state.kind.isParent ? "*" : ""
        return "\(name)\(marker) \(arrow) \(describe(state.value))"
    }

    /// `:undo`: reverts the last input's changes; says what it did.
    public func undoText() -> String {
        guard let undone = journal.undo() else { return "The lobby cannot be changed now (actor mode).\n" }
        guard let first = undone.first else { return "Nothing to undo.\n" }
        let names = undone.map(\.name).joined(separator: ", ")
        return "Undid input \(first.input): \(names).\n"
    }

    /// `:save FILE`: writes the definitions; answers the message to show.
    public func save(to path: String) -> String {
        guard !path.isEmpty else { return "Usage: :save FILE\n" }
        let text = DefinitionsFile.text(journal, vm: vm, namer: namer)
        if case .failure(let error) = Platform.writeFile(path, Array(text.utf8)) {
            return "Cannot write '\(path)': \(error.description).\n"
        }
        let count = journal.definitions().count
        return "Saved \(count) definition\(count == 1 ? "" : "s") to \(path).\n"
    }

    /// `:load FILE`: the file's text to evaluate, or the message saying why not.
    public func load(_ path: String) -> Result<String, LiveEditingError> {
        guard !path.isEmpty else { return .failure(LiveEditingError("Usage: :load FILE")) }
        switch Platform.readFile(path) {
        case .success(let bytes): return .success(String(decoding: bytes, as: UTF8.self))
        case .failure(let error): return .failure(LiveEditingError("Cannot read '\(path)': \(error)"))
        }
    }

    /// `:edit SLOT`: opens the editor on the slot's definition (or a template for a
    /// new slot) and answers the edited text to evaluate, or why there is none.
    public func edit(_ slot: String, editor: String = ExternalEditor.command()) -> Result<String, LiveEditingError> {
        guard !slot.isEmpty else { return .failure(LiveEditingError("Usage: :edit SLOT")) }
        let original = "_AddSlots: (|\n    " + definition(of: slot) + "\n|).\n"
        switch ExternalEditor.edit(original, command: editor) {
        case .failed(let why):
            return .failure(LiveEditingError(why))
        case .edited(let text):
            if text == original { return .failure(LiveEditingError("No change.")) }
            return .success(text)
        }
    }

    /// A slot's definition as text: as last written at the prompt, else from the
    /// method's source, else from its value; a new slot gets `name <- nil`.
    func definition(of slot: String) -> String {
        if let saved = journal.definitions().first(where: { $0.name == slot }), let source = saved.source {
            return source.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n    ")
        }
        guard let state = vm.ownSlots(of: vm.memory.known.lobby).first(where: { $0.name == slot })?.state else {
            return "\(slot) <- nil"
        }
        if let method = vm.source(ofMethod: state.value) { return method.text }
        let arrow = state.kind.isAssignable ? "<-" : "="
        let marker = state.kind.isParent ? "*" : ""
        let form = DefinitionsFile.sourceForm(of: state.value, slot: slot, vm: vm, namer: namer) ?? "nil"
        return "\(slot)\(marker) \(arrow) \(form)"
    }
}

/// Why a live-editing command could not do its work.
public struct LiveEditingError: Error, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

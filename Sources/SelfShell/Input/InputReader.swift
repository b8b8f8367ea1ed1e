/// One unit of REPL input.
public enum Input: Equatable, Sendable {
    /// Self source text to evaluate: one or more lines, joined with LF.
    case source(String)
    /// A REPL command: a first line starting with `:` (leading blanks ignored),
    /// trimmed. No Self statement can start with a colon, so these never collide.
    case command(String)
    /// Ctrl-C: whatever was typed of this input is abandoned.
    case interrupted
    /// Nothing more will come.
    case endOfInput
}

/// Reads whole inputs from a line editor: after the first line, keeps reading
/// continuation lines while `InputScanner` says the input is unfinished (a bracket,
/// string or comment open, or a binary operator or keyword part at the end).
///
/// Blank lines at the primary prompt are skipped. The lines of one bracketed paste
/// always belong to one input (they are not evaluated one by one while the paste
/// arrives). At a terminal, the end of input (Ctrl-D) in the middle of an unfinished
/// input abandons that input only, with a note, and a second Ctrl-C in a row on an
/// empty primary prompt is answered with how to leave. From a pipe, the end of input
/// in the middle of an unfinished input returns the unfinished text as it is (the
/// parser reports what is missing) and the next call returns `.endOfInput`.
public final class InputReader {
    /// The prompt for the first line of an input.
    public static let primaryPrompt = "> "
    /// The prompt for continuation lines; as wide as the primary one, so that typed
    /// code lines up.
    public static let continuationPrompt = ". "
    /// Shown after Ctrl-D abandoned an unfinished input (libedit has echoed `^D`).
    public static let abandonedNote = "\n(unfinished input abandoned)\n"
    /// Shown before the prompt after a second Ctrl-C in a row on an empty line.
    public static let leaveNote = "(To leave, press Ctrl-D or type :quit)\n"

    /// Where lines come from.
    public let editor: LineEditor
    /// Set when the editor reported the end while an input was unfinished.
    private var endPending = false
    /// Ctrl-C presses in a row on an empty primary prompt, with nothing else between.
    private var emptyInterrupts = 0
    /// A note to show before the next prompt (the shell prints `^C` after an interrupt).
    private var pendingNote: String?

    public init(editor: LineEditor) {
        self.editor = editor
    }

    /// The next input.
    public func next() -> Input {
        if endPending { return .endOfInput }
        if let note = pendingNote {
            pendingNote = nil
            editor.show(note)
        }
        var text = ""
        while true {
            let read = editor.readLine(prompt: text.isEmpty ? Self.primaryPrompt : Self.continuationPrompt)
            if case .interrupted(let emptyLine) = read, emptyLine && text.isEmpty {
                emptyInterrupts += 1
                if emptyInterrupts == 2 {
                    emptyInterrupts = 0
                    pendingNote = Self.leaveNote
                }
            } else {
                emptyInterrupts = 0
            }
            switch read {
            case .interrupted:
                return .interrupted
            case .endOfInput:
                if text.isEmpty { return .endOfInput }
                if editor.isInteractive {
                    editor.show(Self.abandonedNote)
                    text = ""
                    continue
                }
                endPending = true
                return .source(text)
            case .pasteEnded:
                if !text.isEmpty && InputScanner.isComplete(text) { return .source(text) }
            case .line(let line), .pastedLine(let line):
                if text.isEmpty {
                    if InputScanner.isBlank(line) && InputScanner.isComplete(line) { continue }
                    if let command = ShellCommand.text(of: line) { return .command(command) }
                    text = line
                } else {
                    text += "\n" + line
                }
                if case .line = read, InputScanner.isComplete(text) { return .source(text) }
            }
        }
    }
}

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
/// continuation lines while `InputScanner` says a bracket, string or comment is open.
///
/// Blank lines at the primary prompt are skipped. When input ends in the middle of an
/// unfinished input, the unfinished text is returned as it is (the parser reports
/// what is missing) and the next call returns `.endOfInput`.
public final class InputReader {
    /// The prompt for the first line of an input.
    public static let primaryPrompt = "> "
    /// The prompt for continuation lines; as wide as the primary one, so that typed
    /// code lines up.
    public static let continuationPrompt = ". "

    /// Where lines come from.
    public let editor: LineEditor
    /// Set when the editor reported the end while an input was unfinished.
    private var endPending = false

    public init(editor: LineEditor) {
        self.editor = editor
    }

    /// The next input.
    public func next() -> Input {
        if endPending { return .endOfInput }
        var text = ""
        while true {
            switch editor.readLine(prompt: text.isEmpty ? Self.primaryPrompt : Self.continuationPrompt) {
            case .interrupted:
                return .interrupted
            case .endOfInput:
                if text.isEmpty { return .endOfInput }
                endPending = true
                return .source(text)
            case .line(let line):
                if text.isEmpty {
                    if InputScanner.isBlank(line) && InputScanner.isComplete(line) { continue }
                    if let command = ShellCommand.text(of: line) { return .command(command) }
                    text = line
                } else {
                    text += "\n" + line
                }
                if InputScanner.isComplete(text) { return .source(text) }
            }
        }
    }
}

#if canImport(Glibc)
    import Glibc
#endif

/// What one read from a line editor produced.
public enum LineInput: Equatable, Sendable {
    /// A line, without its end-of-line character.
    case line(String)
    /// A line that ended inside a bracketed paste: more of the same paste follows, so
    /// the input goes on whether or not it is complete.
    case pastedLine(String)
    /// A bracketed paste ended right after a line end: every pasted line has been
    /// returned, and no new line was read.
    case pasteEnded
    /// Ctrl-C at the prompt: the line being typed is abandoned. `emptyLine` tells
    /// whether nothing at all had been typed on it.
    case interrupted(emptyLine: Bool)
    /// Ctrl-D at an empty prompt, or the end of piped input.
    case endOfInput
}

/// A source of input lines for the REPL. Two implementations: `EditLineEditor`
/// (libedit, when standard input is a terminal) and `PlainLineReader` (anything else).
public protocol LineEditor: AnyObject {
    /// Whether the editor talks to a person at a terminal (prompts, greeting, `^C`).
    var isInteractive: Bool { get }
    /// Shows `prompt` (if the editor shows prompts) and reads one line.
    func readLine(prompt: String) -> LineInput
    /// Adds a complete input to the history (and saves it, if the editor keeps a file).
    func remember(_ entry: String)
    /// Shows a short note to the person typing (text and line ends as given), if the
    /// editor talks to one.
    func show(_ note: String)
}

extension LineEditor {
    /// By default notes are not shown.
    public func show(_ note: String) {}
}

/// Picks the line editor for this process and where its history lives.
public enum LineEditors {
    /// The environment variable that overrides the history file; empty turns the file off.
    public static let historyVariable = "SELF_HISTORY"
    /// The history file's name in the home directory.
    public static let historyFileName = ".swiftself_history"

    /// The editor `policy` asks for: libedit when standard input is a terminal that
    /// can be redrawn, prompted plain lines at a dumb terminal, plain lines otherwise.
    public static func standard(
        completer: SelectorCompleter?, policy: TerminalPolicy = .current
    ) -> LineEditor {
        switch policy.editing {
        case .lineEditor:
            return EditLineEditor(
                historyFile: historyFile(), completer: completer, bracketedPaste: policy.bracketedPaste)
        case .plainPrompted:
            return PlainLineReader(fileDescriptor: 0, prompted: true)
        case .plain:
            return PlainLineReader(fileDescriptor: 0)
        }
    }

    /// `$SELF_HISTORY` if set (none when it is empty), else `$HOME/.swiftself_history`,
    /// else none.
    public static func historyFile(environment: (String) -> String? = environmentValue) -> String? {
        if let explicit = environment(historyVariable) {
            return explicit.isEmpty ? nil : explicit
        }
        guard let home = environment("HOME"), !home.isEmpty else { return nil }
        return home.hasSuffix("/") ? home + historyFileName : home + "/" + historyFileName
    }

    /// A variable of this process's environment.
    public static func environmentValue(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}

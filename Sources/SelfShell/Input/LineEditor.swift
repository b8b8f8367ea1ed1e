#if canImport(Glibc)
    import Glibc
#endif

/// What one read from a line editor produced.
public enum LineInput: Equatable, Sendable {
    /// A line, without its end-of-line character.
    case line(String)
    /// Ctrl-C at the prompt: the line being typed is abandoned.
    case interrupted
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
}

/// Picks the line editor for this process and where its history lives.
public enum LineEditors {
    /// The environment variable that overrides the history file; empty turns the file off.
    public static let historyVariable = "SELF_HISTORY"
    /// The history file's name in the home directory.
    public static let historyFileName = ".swiftself_history"

    /// libedit when standard input is a terminal, plain line reading otherwise.
    public static func standard(completer: SelectorCompleter?) -> LineEditor {
        if isatty(0) != 0 {
            return EditLineEditor(historyFile: historyFile(), completer: completer)
        }
        return PlainLineReader(fileDescriptor: 0)
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

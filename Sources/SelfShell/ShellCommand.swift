/// The REPL's own commands: lines starting with `:`, which no Self statement can.
public enum ShellCommand: Equatable, Sendable {
    /// `:help` (`:h`, `:?`): print the keys, commands and input rules.
    case help
    /// `:quit` (`:q`, `:exit`): end the session with status 0.
    case quit
    /// Anything else that starts with `:`.
    case unknown(String)

    /// Parses a command text as `Input.command` carries it (trimmed, with its colon).
    public init(_ text: String) {
        switch text {
        case ":help", ":h", ":?": self = .help
        case ":quit", ":q", ":exit": self = .quit
        default: self = .unknown(text)
        }
    }

    /// The trimmed command if `line` is one (its first non-blank character is `:`).
    public static func text(of line: String) -> String? {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = line.firstIndex(where: { !isBlank($0) }), line[first] == ":" else { return nil }
        let last = line.lastIndex(where: { !isBlank($0) })!
        return String(line[first...last])
    }

    /// What `:help` prints.
    public static let helpText = """
        Type a Self expression and press Enter; its value is printed (true and false as
        words, nil not at all, anything else in _Inspect form). Each input runs with the
        lobby as self; keep state with _AddSlots: (| counter <- 0 |).

        Input continues on lines prompted by '. ' while a ( or [, a 'string' or a
        "comment" is open.

        Keys: Up/Down recall history, Tab completes selectors, Ctrl-C abandons the
        input, Ctrl-D on an empty line quits. History is kept in ~/.swiftself_history
        (or $SELF_HISTORY; set it empty to keep none).

        Commands:
          :help   this text (also :h, :?)
          :quit   leave the REPL (also :q, :exit)

        """
}

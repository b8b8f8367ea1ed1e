#if canImport(Glibc)
    import Glibc
#endif

/// What the REPL may do with the terminal it runs at, decided once from the standard
/// descriptors and the environment (docs/repl.md, "Keys"):
///
/// | Condition | Colour in reports | Line editing | Bracketed paste |
/// | --- | --- | --- | --- |
/// | standard input not a terminal | as below | none: plain lines, no prompts | no |
/// | `TERM=dumb` | off | none: plain lines, with prompts | no |
/// | `NO_COLOR` set to anything but the empty string | off | libedit | yes |
/// | otherwise | when standard error is a terminal | libedit | yes |
///
/// `TERM=dumb` is what Emacs's `M-x shell` and similar hosts set: they edit the line
/// themselves and show escape sequences literally, so libedit (which redraws the line
/// with cursor movements) and the paste markers are left out, while the greeting,
/// prompts and Ctrl-C handling stay.
public struct TerminalPolicy: Equatable, Sendable {
    /// How lines are read.
    public enum Editing: Equatable, Sendable {
        /// libedit: editing keys, history, completion, bracketed paste.
        case lineEditor
        /// Plain lines from a terminal that cannot be redrawn: prompts and greeting,
        /// nothing else.
        case plainPrompted
        /// Plain lines from a pipe or a file: no prompts, no greeting.
        case plain
    }

    /// Whether runtime-error reports and diagnostics use colour.
    public var colorReports: Bool
    /// How lines are read.
    public var editing: Editing
    /// Whether to ask the terminal to mark pastes (`ESC [ ? 2004 h`) while a line is read.
    public var bracketedPaste: Bool

    /// The environment variable that turns colour off when set and not empty
    /// (https://no-color.org).
    public static let noColorVariable = "NO_COLOR"

    /// The policy for a terminal described by `environment` and which of standard
    /// input, output and error are terminals.
    public init(
        environment: (String) -> String?, inputIsTerminal: Bool, outputIsTerminal: Bool, errorIsTerminal: Bool
    ) {
        let dumb = environment("TERM") == "dumb"
        let noColor = !(environment(Self.noColorVariable) ?? "").isEmpty
        colorReports = errorIsTerminal && !dumb && !noColor
        if !inputIsTerminal {
            editing = .plain
        } else if dumb {
            editing = .plainPrompted
        } else {
            editing = .lineEditor
        }
        bracketedPaste = editing == .lineEditor && outputIsTerminal
    }

    /// The policy for this process.
    public static var current: TerminalPolicy {
        TerminalPolicy(
            environment: LineEditors.environmentValue, inputIsTerminal: isatty(0) != 0,
            outputIsTerminal: isatty(1) != 0, errorIsTerminal: isatty(2) != 0)
    }
}

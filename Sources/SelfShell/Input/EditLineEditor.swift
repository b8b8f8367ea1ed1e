@preconcurrency import CEditLine

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// The line editor for a terminal: libedit through its readline-compatible API
/// (docs/repl.md, and ../shared/design/libedit.md for the measured facts followed here).
///
/// Editing keys are libedit's emacs bindings (and whatever `~/.editrc` adds under the
/// program name `self`). History is loaded from and saved to one file, rewritten after
/// every entry so that it survives a killed session, and capped at `historyLimit`
/// entries. Tab completes selectors through a `SelectorCompleter`.
///
/// Characters reach libedit through `KeyDecoder` (its `rl_getc_function`), which
/// decodes UTF-8 and handles bracketed paste; `LC_CTYPE` is set to a UTF-8 locale
/// (`TerminalLocale`) so that libedit displays and returns them as UTF-8. The
/// terminal is asked to mark pastes from the start of the session to the exit of the
/// process (`atexit`). It stays on during evaluations: turning it off and on around
/// each line would put escape sequences between a result and the next prompt.
///
/// libedit keeps global state, so only one instance should exist per process.
public final class EditLineEditor: LineEditor {
    /// The most entries the history keeps, in memory and in the file.
    public static let historyLimit: Int32 = 1000

    /// Where the history is saved, if anywhere.
    private let historyFile: String?
    /// The last entry added, to avoid storing the same input twice in a row.
    private var lastEntry: String?

    /// Sets libedit up. The locale, `rl_catch_signals` and `rl_getc_function` must be
    /// set before the first call that initialises the library (`using_history`,
    /// `read_history`, `readline`).
    public init(historyFile: String?, completer: SelectorCompleter?, bracketedPaste: Bool = true) {
        self.historyFile = historyFile
        TerminalLocale.prepare()
        EditLineCallbacks.installStandingInterruptHandler()
        rl_catch_signals = 1
        rl_getc_function = { _ in EditLineCallbacks.nextCharacter() }
        rl_readline_name = UnsafePointer(strdup("self"))
        using_history()
        stifle_history(Self.historyLimit)
        if let historyFile {
            _ = read_history(historyFile)
            // Running the last entry of an earlier session again does not store it
            // twice in a row either.
            if history_length > 0, let last = history_get(history_base + history_length - 1) {
                lastEntry = String(cString: last.pointee.line)
            }
        }
        EditLineCallbacks.installCompletion(completer)
        if bracketedPaste {
            Terminal.write(Terminal.bracketedPasteOn)
            atexit { Terminal.write(Terminal.bracketedPasteOff) }
        }
    }

    public var isInteractive: Bool { true }

    /// Reads a line with editing. Ctrl-C makes the character function return -1 and
    /// `readline` return NULL; the flag set by our own SIGINT handler tells it from
    /// Ctrl-D. That handler is installed only while reading; the rest of the time the
    /// standing one (`EditLineCallbacks.installStandingInterruptHandler`) or the
    /// shell's evaluation one is in place, so that the signal libedit re-raises, or a
    /// Ctrl-C between lines, never ends the process.
    public func readLine(prompt: String) -> LineInput {
        EditLineCallbacks.interrupted.store(false, ordering: .relaxed)
        EditLineCallbacks.keys.startLine()
        var previous = sigaction()
        EditLineCallbacks.installInterruptHandler(saving: &previous)
        defer { _ = sigaction(SIGINT, &previous, nil) }
        guard let line = readline(prompt) else {
            if EditLineCallbacks.interrupted.load(ordering: .relaxed) {
                return .interrupted(emptyLine: !EditLineCallbacks.keys.typedSinceLineStart)
            }
            return .endOfInput
        }
        defer { free(line) }
        let text = String(cString: line)
        switch EditLineCallbacks.keys.lastLineEnd {
        case .typed: return .line(text)
        case .pasted: return .pastedLine(text)
        case .pasteEnded: return .pasteEnded
        }
    }

    /// Adds `entry` to the history (unless it repeats the previous one) and appends
    /// it to the history file, which is then cut to `historyLimit` entries. Appending,
    /// not rewriting the file from this session's history, keeps the entries of other
    /// sessions running at the same time (each starts with the file as it was, and a
    /// rewrite would drop what the others added since).
    public func remember(_ entry: String) {
        guard entry != lastEntry else { return }
        lastEntry = entry
        _ = add_history(entry)
        if let historyFile {
            if !HistoryFile.append(entry, to: historyFile) {
                // No file yet (or it cannot be appended to): write one with the header.
                _ = write_history(historyFile)
            }
            _ = history_truncate_file(historyFile, Self.historyLimit)
        }
    }

    /// Writes `note` to standard output.
    public func show(_ note: String) {
        Terminal.write(note)
    }
}

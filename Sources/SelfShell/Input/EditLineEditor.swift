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
/// libedit keeps global state, so only one instance should exist per process.
public final class EditLineEditor: LineEditor {
    /// The most entries the history keeps, in memory and in the file.
    public static let historyLimit: Int32 = 1000

    /// Where the history is saved, if anywhere.
    private let historyFile: String?
    /// The last entry added, to avoid storing the same input twice in a row.
    private var lastEntry: String?

    /// Sets libedit up. `rl_catch_signals` must be set before the first call that
    /// initialises the library (`using_history`, `read_history`, `readline`).
    public init(historyFile: String?, completer: SelectorCompleter?) {
        self.historyFile = historyFile
        // A parent may have left SIGINT blocked (a process spawned from a thread that
        // blocks signals inherits its mask); at a terminal Ctrl-C must get through.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        _ = sigprocmask(SIG_UNBLOCK, &interrupt, nil)
        rl_catch_signals = 1
        rl_readline_name = UnsafePointer(strdup("self"))
        using_history()
        stifle_history(Self.historyLimit)
        if let historyFile {
            _ = read_history(historyFile)
        }
        EditLineCallbacks.installCompletion(completer)
    }

    public var isInteractive: Bool { true }

    /// Reads a line with editing. Ctrl-C makes `readline` return NULL (errno EINTR);
    /// the flag set by our own SIGINT handler tells it from Ctrl-D. The handler is
    /// installed only while reading: during an evaluation Ctrl-C keeps its default
    /// effect (the VM has no interrupt check yet), and libedit re-raises the signal
    /// it caught, which without a handler would end the process at the prompt.
    public func readLine(prompt: String) -> LineInput {
        EditLineCallbacks.interrupted.store(false, ordering: .relaxed)
        var previous = sigaction()
        EditLineCallbacks.installInterruptHandler(saving: &previous)
        defer { _ = sigaction(SIGINT, &previous, nil) }
        guard let line = readline(prompt) else {
            if EditLineCallbacks.interrupted.load(ordering: .relaxed) {
                return .interrupted
            }
            return .endOfInput
        }
        defer { free(line) }
        return .line(String(cString: line))
    }

    /// Adds `entry` to the history (unless it repeats the previous one) and rewrites
    /// the history file.
    public func remember(_ entry: String) {
        guard entry != lastEntry else { return }
        lastEntry = entry
        _ = add_history(entry)
        if let historyFile {
            _ = write_history(historyFile)
        }
    }
}

@preconcurrency import CEditLine
import SelfRuntime
import Synchronization

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// State and C callbacks that libedit and the signal handler call into.
///
/// C function pointers cannot capture context, so what they need lives here in
/// globals. Everything except `interrupted` is touched only on the thread that runs
/// the REPL (libedit calls the completion functions from inside `readline`), hence
/// `nonisolated(unsafe)`; `interrupted` is written by a signal handler and is atomic.
enum EditLineCallbacks {
    /// Set by the SIGINT handler while `readline` runs.
    static let interrupted = Atomic<Bool>(false)

    /// What Tab consults; nil turns completion off.
    nonisolated(unsafe) static var completer: SelectorCompleter?
    /// The matches of the completion in progress, handed out one per generator call.
    nonisolated(unsafe) static var matches: [String] = []
    /// The next match the generator hands out.
    nonisolated(unsafe) static var nextMatch = 0

    /// Characters that end a word for completion: whitespace, brackets, operator
    /// characters, quotes and the period. Not `:` (keywords) nor `_` (primitives).
    static let wordBreakCharacters = " \t\n\"'`()[]{}.;^|!@#$%&*,/\\<>=+-?~"

    /// Installs the flag-setting SIGINT handler (flags 0: no SA_RESTART, so `read`
    /// inside libedit is interrupted), saving the previous disposition.
    static func installInterruptHandler(saving previous: inout sigaction) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            EditLineCallbacks.interrupted.store(true, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        _ = sigaction(SIGINT, &action, &previous)
    }

    /// Installs a SIGINT handler for the time an input is evaluated: Ctrl-C then asks
    /// the VM to stop at its next back edge (`Interrupt`), which reports the runtime
    /// error "Interrupted" and returns to the prompt.
    static func installEvaluationInterruptHandler(saving previous: inout sigaction) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            Interrupt.requested.store(true, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        _ = sigaction(SIGINT, &action, &previous)
    }

    /// `rl_attempted_completion_function`: completes the word `text`, which starts at
    /// byte `start` of `rl_line_buffer`. Returns NULL when nothing matches; never
    /// falls back to file names.
    static func attemptCompletion(
        _ text: UnsafePointer<CChar>?, _ start: Int32
    ) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        rl_attempted_completion_over = 1
        guard let completer, let text, let buffer = rl_line_buffer else { return nil }
        let before = UnsafeRawBufferPointer(start: buffer, count: max(0, Int(start)))
        let found = completer.completions(
            of: String(cString: text), after: String(decoding: before, as: UTF8.self))
        guard !found.isEmpty else { return nil }
        matches = found
        nextMatch = 0
        return rl_completion_matches(text) { _, _ in EditLineCallbacks.generateMatch() }
    }

    /// The `rl_compentry_func_t` generator: the matches one at a time, `strdup`ed
    /// because libedit frees them, then NULL.
    static func generateMatch() -> UnsafeMutablePointer<CChar>? {
        guard nextMatch < matches.count else { return nil }
        let match = matches[nextMatch]
        nextMatch += 1
        return strdup(match)
    }
}

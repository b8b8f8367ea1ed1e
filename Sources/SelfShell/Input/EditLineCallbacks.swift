@preconcurrency import CEditLine
import SelfRuntime
import Synchronization

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// State and C callbacks that libedit and the signal handler call into (the
/// completion ones are in `../Completion/EditLineCompletion.swift`).
///
/// C function pointers cannot capture context, so what they need lives here in
/// globals. Everything except `interrupted` is touched only on the thread that runs
/// the REPL (libedit calls the completion functions from inside `readline`), hence
/// `nonisolated(unsafe)`; `interrupted` is written by a signal handler and is atomic.
enum EditLineCallbacks {
    /// Set by the SIGINT handler while `readline` runs.
    static let interrupted = Atomic<Bool>(false)

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
}

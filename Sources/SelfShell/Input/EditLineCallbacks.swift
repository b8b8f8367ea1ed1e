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
/// the REPL (libedit calls the completion and character functions from inside
/// `readline`), hence `nonisolated(unsafe)`; `interrupted` is written by a signal
/// handler and is atomic.
enum EditLineCallbacks {
    /// Set by the SIGINT handler while `readline` runs.
    static let interrupted = Atomic<Bool>(false)

    /// Decodes what is typed for libedit (`rl_getc_function`).
    nonisolated(unsafe) static var keys = KeyDecoder()

    /// The descriptor characters are read from.
    static let inputDescriptor: Int32 = 0

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
    /// the VM to stop at its next safepoint (`Interrupt`), which reports the runtime
    /// error "Interrupted" and returns to the prompt. Flags 0, not SA_RESTART: a
    /// blocking `read` (`std in readLine` waiting for a line) must return EINTR so
    /// that the read primitive can raise the interrupt; with SA_RESTART the kernel
    /// would restart it and Ctrl-C would wait for the next line.
    static func installEvaluationInterruptHandler(saving previous: inout sigaction) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            Interrupt.requested.store(true, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        _ = sigaction(SIGINT, &action, &previous)
    }

    /// Makes the evaluation handler the standing disposition of SIGINT for an
    /// interactive session, so that a Ctrl-C between the reader's handler and the
    /// shell's (just after Enter, or just after a result) never ends the process with
    /// the default action; at worst it is dropped when the shell clears the flag.
    /// It also unblocks SIGINT: a parent may have left it blocked (a process spawned
    /// from a thread that blocks signals inherits its mask), and at a terminal Ctrl-C
    /// must get through.
    static func installStandingInterruptHandler() {
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        _ = sigprocmask(SIG_UNBLOCK, &interrupt, nil)
        var previous = sigaction()
        installEvaluationInterruptHandler(saving: &previous)
    }

    /// The `rl_getc_function`: the next character typed, decoded by `keys`, or -1 at
    /// the end of input and on Ctrl-C (libedit then returns NULL from `readline`, and
    /// `interrupted` tells the two apart). Other signals that interrupt the read
    /// (SIGWINCH for a resized window, SIGCONT) are handled by libedit's own handlers;
    /// the read simply goes on.
    static func nextCharacter() -> Int32 {
        keys.next { wait in readByte(waitingAtMost: wait) }
    }

    /// Reads one byte from `inputDescriptor`, waiting at most `wait` milliseconds
    /// (-1: for ever).
    static func readByte(waitingAtMost wait: Int32) -> KeyDecoder.ByteRead {
        while true {
            if interrupted.load(ordering: .relaxed) { return .end }
            if wait >= 0 {
                var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&descriptor, 1, wait)
                if ready < 0 && errno == EINTR { continue }
                if ready == 0 { return .timedOut }
            }
            var byte: UInt8 = 0
            let count = read(inputDescriptor, &byte, 1)
            if count == 1 { return .byte(byte) }
            if count < 0 && errno == EINTR { continue }
            return .end
        }
    }
}

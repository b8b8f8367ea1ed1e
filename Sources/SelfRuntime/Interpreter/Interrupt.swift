import Synchronization

/// A request to stop the running evaluation, set from a signal handler (Ctrl-C in the
/// REPL) and honoured at the next safepoint as the runtime error "Interrupted": a back
/// edge, a call, or a blocking read or write that the signal cut short with EINTR
/// (the handler must be installed without SA_RESTART for that). The report's position
/// is that of the statement that was running (`VirtualMachine.position(in:before:)`).
public enum Interrupt {
    /// Set to true to interrupt; the interpreter clears it when it acts on it.
    public static let requested = Atomic<Bool>(false)
}

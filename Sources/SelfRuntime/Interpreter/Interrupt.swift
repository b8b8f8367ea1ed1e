import Synchronization

/// A request to stop the running evaluation, set from a signal handler (Ctrl-C in the
/// REPL) and honoured at the next back edge as the runtime error "Interrupted".
public enum Interrupt {
    /// Set to true to interrupt; the interpreter clears it when it acts on it.
    public static let requested = Atomic<Bool>(false)
}

/// The hook that lets the REPL explain an "Unknown selector" error: the interpreter
/// calls `noteUnknownSelector` where it raises the error, before anything can move,
/// and the receiver is kept as a root in `ShellRoots` (where the shell reads it after
/// the evaluation ended). The report text itself is unchanged (ZigSelf's).
extension VirtualMachine {
    /// Records the receiver and selector of a failed lookup, when the shell asked for
    /// it and the global actor is running (an actor's objects must not become global
    /// roots).
    @inline(__always)
    func noteUnknownSelector(_ receiver: Value, _ selector: Int32) {
        guard _slowPath(shellRoots.capturesUnknownSelectors), current === globalActor else { return }
        shellRoots.recordUnknownSelector(receiver, selector)
    }
}

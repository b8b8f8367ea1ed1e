import SelfRuntime

/// How the REPL shows the outcome of an evaluation, following ZigSelf's `repl.self`
/// (cli.md §7, step 3.5): `true` and `false` as those words, `nil` as nothing, any
/// other value as its `_Inspect` text. Unlike ZigSelf, the text goes to standard
/// output (ZigSelf sends the dump to standard error and only a newline to standard
/// output), so that piping the REPL captures the results.
///
/// Errors print nothing here: the VM has already reported them on standard error.
public enum ResultPrinter {
    /// The line to print for a value, without its LF; nil for nothing.
    public static func text(for value: Value, in vm: VirtualMachine) -> String? {
        if vm.isNil(value) { return nil }
        if vm.isTrue(value) { return "true" }
        if vm.isFalse(value) { return "false" }
        return vm.inspect(value)
    }

    /// The text to print for an outcome, with its LF; nil for nothing.
    public static func output(for outcome: EvaluationOutcome, in vm: VirtualMachine) -> String? {
        guard case .value(let value) = outcome, let text = text(for: value, in: vm) else { return nil }
        return text + "\n"
    }
}

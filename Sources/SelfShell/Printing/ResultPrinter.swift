import SelfRuntime

/// How the REPL shows the outcome of an evaluation (docs/repl.md, "Results"): the
/// brief form of the value (`BriefPrinter`), `nil` as nothing, as ZigSelf's
/// `repl.self` does (cli.md §7, step 3.5). Unlike ZigSelf, the text goes to standard
/// output, so that piping the REPL captures the results; the shell puts the result's
/// number before it (`$1 = 7`).
///
/// Errors print nothing here: the VM has already reported them on standard error.
public struct ResultPrinter {
    private let brief: BriefPrinter

    public init(vm: VirtualMachine, namer: ObjectNamer) {
        brief = BriefPrinter(vm: vm, namer: namer)
    }

    /// The brief text of any value (`nil` included), for the outliner and messages.
    public func brief(_ value: Value) -> String { brief.text(value) }

    /// The line to print for a result, without its LF; nil for nothing (`nil`).
    public func text(for value: Value) -> String? {
        brief.vm.isNil(value) ? nil : brief.text(value)
    }

    /// The value an outcome printed, if it has one to print.
    public func printedValue(of outcome: EvaluationOutcome) -> Value? {
        guard case .value(let value) = outcome, !brief.vm.isNil(value) else { return nil }
        return value
    }
}

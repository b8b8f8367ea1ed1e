import SelfSyntax

/// Evaluating source text from Swift (the REPL and the test harness), with the
/// lobby as `self`, in the global actor.
public enum EvaluationOutcome {
    /// The value of the last statement.
    case value(Value)
    /// The text did not parse or compile; the diagnostics were printed.
    case compilationFailed
    /// A runtime error; its report was printed with the given prefix.
    case runtimeError(RuntimeError)
    /// `_Exit:` was sent.
    case exited(Int32)
}

extension VirtualMachine {
    /// Compiles `text` as a script named `name` and runs it to completion. Runtime
    /// errors are reported with `errorPrefix` (cli.md §4.2) and end only this
    /// evaluation; slots added to the lobby persist.
    public func evaluate(
        _ text: String, name: String = "<a string>", directory: String = ".",
        errorPrefix: String = "Received error while evaluating string: "
    ) -> EvaluationOutcome {
        collectCodeIfDue()
        let source = SourceFile(name: name, text: text)
        switch compile(source, skipShebang: false, directory: directory) {
        case .failure(let failure):
            reportCompilationFailure(failure)
            return .compilationFailed
        case .success(let code):
            let saved = topLevelErrorPrefix
            topLevelErrorPrefix = errorPrefix
            defer { topLevelErrorPrefix = saved }
            switch run(code) {
            case .finished(let value): return .value(value)
            case .runtimeError(let error): return .runtimeError(error)
            case .exited(let status): return .exited(status)
            case .unreadable, .compilationFailed: return .compilationFailed
            }
        }
    }

    /// The `_Inspect` text of a value (for printing results).
    public func inspect(_ value: Value) -> String {
        Inspector(vm: self).describe(value)
    }

    /// Whether a value is `nil`, `true` or `false`.
    public func isNil(_ value: Value) -> Bool { value == memory.nilValue }
    public func isTrue(_ value: Value) -> Bool { value == memory.known.trueObject }
    public func isFalse(_ value: Value) -> Bool { value == memory.known.falseObject }

    /// The names of the slots a value answers through lookup (for completion), its
    /// own first, then its ancestors', without duplicates.
    public func selectorsUnderstood(by value: Value) -> [String] {
        var names: [String] = []
        var seen: Set<Int32> = []
        var visited: Set<UInt64> = []
        var pending = [value]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            guard visited.insert(next.raw).inserted else { continue }
            let map = memory.mapOf(next)
            for index in 0..<map.mapSlotCount {
                let name = map.mapSlotName(index)
                if seen.insert(name).inserted { names.append(memory.selectors.name(name)) }
                let kind = map.mapSlotKind(index)
                if kind.isParent {
                    let parent =
                        kind.isAssignable ? memory.field(next.object, map.mapSlotField(index)) : map.mapSlotValue(index)
                    if parent.isObject { pending.append(parent) }
                }
            }
        }
        return names
    }
}

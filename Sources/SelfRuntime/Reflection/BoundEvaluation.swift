import SelfSyntax

/// Evaluating an input that refers to values held in Swift (the REPL's `$N`).
///
/// The shell rewrites each `$N` into an identifier of the same length (so that every
/// source position stays right) and passes the values bound to those identifiers.
/// The input is then compiled as a script whose arguments are those identifiers: the
/// values sit in the script frame's argument registers, where the collector sees them
/// and the code reads them like any argument (a block that uses one captures it).
/// Everything else is as in `evaluate(_:name:directory:errorPrefix:)`.
extension VirtualMachine {
    /// Parses `parsed` (the rewritten text, with as many bytes as `text`), compiles it
    /// with `bindings` as the script's arguments, and runs it with their values.
    /// Diagnostics and traces show `text`, the input as typed.
    public func evaluate(
        _ text: String, parsing parsed: String, name: String, bindings: [(name: String, value: Value)],
        errorPrefix: String = "Received error while evaluating string: "
    ) -> EvaluationOutcome {
        precondition(parsed.utf8.count == text.utf8.count, "the rewritten input must keep every position")
        // The values are held in handles from here on: the collection below may move
        // them (they are read back when the frame is filled).
        let heap = memory.heap
        let firstHandle = heap.handles.count
        for binding in bindings { _ = heap.protect(binding.value) }
        defer { heap.handles.removeLast(heap.handles.count - firstHandle) }
        collectCodeIfDue()
        let shown = SourceFile(name: name, text: text)
        let result = Parser.parse(SourceFile(name: name, text: parsed), skipShebang: false)
        if result.hasErrors {
            reportCompilationFailure(.parse(result.diagnostics, shown))
            return .compilationFailed
        }
        let compiler = Compiler(memory: memory, source: shown, directory: ".") { [unowned self] in
            self.registerCode($0)
        }
        let code: CompiledCode
        do {
            code = try compiler.compileScript(result.script, arguments: bindings.map(\.name))
        } catch {
            reportCompilationFailure(.codeGeneration(error))
            return .compilationFailed
        }
        let saved = topLevelErrorPrefix
        topLevelErrorPrefix = errorPrefix
        defer { topLevelErrorPrefix = saved }
        let base = stack.registerTop()
        if let message = pushScriptFrame(code.info, base: base, resultIndex: base) {
            return .runtimeError(RuntimeError(message: message, trace: ""))
        }
        for index in bindings.indices {
            stack.registers[base + FrameLayout.firstArgument + index] = heap.handles[firstHandle + index]
        }
        let end = execute(stopAt: stack.frameCount - 1)
        leaveActorMode()
        stack.reset()
        switch end {
        case .finished(let value): return .value(value)
        case .failed(let error): return .runtimeError(error)
        case .exited(let status): return .exited(status)
        }
    }
}

extension Compiler {
    /// Compiles a script whose body has these argument names (see `BoundEvaluation`);
    /// its slot list is ignored, as for every script.
    func compileScript(_ script: Script, arguments: [String]) throws(CompileError) -> CompiledCode {
        let slots = arguments.map {
            SlotDefinition(
                name: $0, kind: .argument, value: .none, range: SourceRange(0, 0), nameRange: SourceRange(0, 0))
        }
        let body = CodeBody(
            slots: slots, statements: script.statements, range: SourceRange(0, script.source.bytes.count))
        let scope = declareScope(body, kind: .script, parent: nil)
        analyzeBody(body, scope: scope)
        return try compileBody(body, scope: scope, kind: .script, name: "<top level>")
    }
}

import SelfSyntax

/// Basic primitives (primitives.md §3.1): `_Nil`, `_RunScript`,
/// `_EvaluateStringIfFail:`, `_Error:`, `_Restart`.
enum BasicPrimitives {
    static let entries: [(name: String, function: PrimitiveFunction)] = [
        ("Nil", { vm, _, _ in .value(vm.memory.nilValue) }),
        ("RunScript", { vm, base, _ in runScript(vm, base) }),
        ("EvaluateStringIfFail:", { vm, base, _ in evaluateString(vm, base) }),
        (
            "Error:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let message = try vm.object(vm.argument(base, 0), .byteArray, 0, "_Error:").get()
                    return .error("Error raised in Self code: " + vm.memory.string(message.value))
                }
            }
        ),
        // Compiled to the `restart` instruction; this entry makes the name known.
        ("Restart", { _, _, _ in .error("_Restart can only be sent directly in a method or block") }),
    ]

    /// The directory of the code in the top frame (relative `_RunScript` paths).
    static func callerDirectory(_ vm: VirtualMachine) -> String {
        vm.codes[vm.stack.frames[vm.stack.frameCount - 1].code.pointee.index].directory
    }

    /// `_RunScript`: loads, compiles and runs a file as a nested top-level activation.
    static func runScript(_ vm: VirtualMachine, _ base: Int) -> PrimitiveResult {
        vm.collectCodeIfDue()
        return primitive { () throws(PrimitiveFailure) in
            let pathObject = try vm.object(vm.receiver(base), .byteArray, -1, "_RunScript").get()
            var path = Path.join(callerDirectory(vm), vm.memory.string(pathObject.value))
            if !Platform.exists(path), path == "objects/everything.self" || path.hasSuffix("/objects/everything.self"),
                let world = vm.worldDirectory
            {
                // A ZigSelf program loading ZigSelf's world by its customary path
                // (cli.md §5): it gets this VM's world instead.
                path = Path.join(world, WorldLocation.entryFile)
            }
            let bytes: [UInt8]
            switch Platform.readFile(path) {
            case .failure(let error):
                return .error(
                    "An unexpected error was raised from script.initInPlaceFromFilePath: "
                        + Platform.errorName(error.number) + " (\(path))")
            case .success(let contents):
                bytes = contents
            }
            switch vm.compile(SourceFile(name: path, bytes: bytes), skipShebang: true) {
            case .failure(.parse(let diagnostics, let source)):
                vm.printDiagnostics(diagnostics, source: source)
                return .error("Failed parsing the script passed to _RunScript")
            case .failure(.codeGeneration(let error)):
                vm.printDiagnostics([error.diagnostic], source: error.source)
                return .error("Code generation for the script passed to _RunScript failed")
            case .success(let code):
                if let message = vm.pushScriptFrame(code.info, base: base, resultIndex: base) {
                    return .error(message)
                }
                return .pushed
            }
        }
    }

    /// `_EvaluateStringIfFail:`: runs the receiver as a script above an evaluation
    /// boundary; errors print a report and answer the failure object's `value`.
    static func evaluateString(_ vm: VirtualMachine, _ base: Int) -> PrimitiveResult {
        vm.collectCodeIfDue()
        return primitive { () throws(PrimitiveFailure) in
            guard !vm.isInActorMode else {
                throw PrimitiveFailure("_EvaluateStringIfFail: sent while the VM is in actor mode")
            }
            let text = try vm.object(vm.receiver(base), .byteArray, -1, "_EvaluateStringIfFail:").get()
            let failure = vm.argument(base, 0)
            let source = SourceFile(name: "<a string>", bytes: vm.memory.bytes(text.value))
            switch vm.compile(source, skipShebang: false, directory: callerDirectory(vm)) {
            case .failure(.parse(let diagnostics, _)):
                vm.printDiagnostics(diagnostics, source: source)
                return .sendValue(failure, nil)
            case .failure(.codeGeneration(let error)):
                vm.printDiagnostics([error.diagnostic], source: error.source)
                return .sendValue(failure, nil)
            case .success(let code):
                // The frame starts above the failure object (register base + 3), which
                // the error path sends `value` to.
                let frameBase = base + FrameLayout.firstArgument + 1
                if let message = vm.pushScriptFrame(
                    code.info, base: frameBase, resultIndex: base, flags: FrameFlags.evaluationBoundary)
                {
                    return .error(message)
                }
                return .pushed
            }
        }
    }
}

extension VirtualMachine {
    /// Prints parse or compile diagnostics to standard error (cli.md §4.1).
    public func printDiagnostics(_ diagnostics: [Diagnostic], source: SourceFile) {
        if let reportObserver {
            reportObserver(.diagnostics(diagnostics, source))
            return
        }
        for diagnostic in diagnostics {
            Platform.writeError(diagnostic.rendered(in: source, color: colorReports))
        }
    }
}

import ArgumentParser
import SelfRuntime
import SelfShell
import SelfSyntax

/// `self [FILE]`: loads the world, then runs FILE with the lobby as `self`
/// (cli.md §2). With no file it opens the REPL.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Self script (the default subcommand).",
        shouldDisplay: false
    )

    @Flag(name: [.customShort("A"), .long], help: "Print the syntax tree and exit 0, as ZigSelf does.")
    var dumpAST = false

    @Flag(help: "Print the compiled bytecode of FILE instead of running it.")
    var dumpBytecode = false

    @Flag(help: "Do not load the world first: the script loads it itself, as under ZigSelf.")
    var noWorld = false

    @Option(help: "The world directory (default: SELF_WORLD, or the one found beside the executable).")
    var world: String?

    @Flag(help: "Trace every executed instruction on standard error.")
    var trace = false

    @Argument(help: "The Self script to run.")
    var file: String?

    func run() throws {
        DebugOptions.apply(trace: trace)
        guard let file else {
            try runShell()
            return
        }
        if dumpAST {
            let result = try ScriptLoading.parse(path: file)
            Output.standardOutput(ASTDumper.dump(result.script))
            return
        }
        let vm = VirtualMachine()
        vm.colorReports = Output.isTerminal(2)
        if dumpBytecode {
            try dump(vm, file)
            return
        }
        try loadWorld(into: vm)
        switch vm.runFile(file) {
        case .finished:
            return
        case .unreadable(let message):
            Output.standardError("self: \(message)\n")
            throw ExitCode(1)
        case .compilationFailed(let failure):
            vm.reportCompilationFailure(failure)
            throw ExitCode(1)
        case .runtimeError:
            throw ExitCode(1)
        case .exited(let status):
            Output.exit(status)
        }
    }

    /// Loads the world unless `--no-world` was given (`--world DIR` honoured).
    func loadWorld(into vm: VirtualMachine) throws {
        guard !noWorld else {
            vm.worldDirectory = WorldLocation.find(explicit: world)
            return
        }
        guard let directory = WorldLocation.find(explicit: world) else {
            Output.standardError("self: cannot find the world (world/everything.self); use --world DIR\n")
            throw ExitCode(1)
        }
        if let problem = vm.loadWorld(from: directory) {
            Output.standardError("self: \(problem)\n")
            throw ExitCode(1)
        }
    }

    /// `self` with no FILE: the REPL (docs/repl.md), after loading the world.
    func runShell() throws {
        if dumpAST || dumpBytecode {
            Output.standardError("self: --dump-ast and --dump-bytecode need a FILE\n")
            throw ExitCode(1)
        }
        let vm = VirtualMachine()
        vm.colorReports = Output.isTerminal(2)
        try loadWorld(into: vm)
        let greeting = "SwiftSelf \(swiftSelfVersion). :help for help, Ctrl-D to leave."
        let status = Shell.standard(vm: vm, greeting: greeting).run()
        if status != 0 { throw ExitCode(status) }
    }

    func dump(_ vm: VirtualMachine, _ file: String) throws {
        guard let bytes = ScriptLoading.readFile(file) else {
            Output.standardError("self: cannot read '\(file)'\n")
            throw ExitCode(1)
        }
        switch vm.compile(SourceFile(name: file, bytes: bytes), skipShebang: true) {
        case .failure(let failure):
            vm.reportCompilationFailure(failure)
            throw ExitCode(1)
        case .success:
            Output.standardOutput(vm.bytecodeListing())
        }
    }
}

/// Turns debug switches on from flags and the environment (docs/memory.md).
enum DebugOptions {
    static func apply(trace: Bool) {
        func enabled(_ name: String) -> Bool {
            if let value = Platform.environment(name) { return value != "" && value != "0" }
            return false
        }
        DebugSwitches.traceExecution = trace || enabled("SELF_TRACE")
        DebugSwitches.gcStress = enabled("SELF_GC_STRESS")
        DebugSwitches.gcStressFull = enabled("SELF_GC_STRESS_FULL")
        DebugSwitches.poisonFreedMemory = enabled("SELF_GC_POISON") || DebugSwitches.gcStress
    }
}

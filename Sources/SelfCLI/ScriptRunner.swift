import ArgumentParser
import SelfRuntime
import SelfShell
import SelfSyntax

/// What `self [options] [FILE]` was asked to do, as plain values (so that the fast
/// path for `self FILE` needs no argument parsing).
struct RunOptions {
    var dumpAST = false
    var dumpBytecode = false
    var noWorld = false
    var world: String?
    var trace = false
    var file: String?
}

/// Runs a script or the REPL as `RunOptions` say (cli.md §2).
struct ScriptRunner {
    let options: RunOptions

    func run() throws {
        DebugOptions.apply(trace: options.trace)
        guard let file = options.file else {
            try runShell()
            return
        }
        if options.dumpAST {
            let result = try ScriptLoading.parse(path: file)
            Output.standardOutput(ASTDumper.dump(result.script))
            return
        }
        let vm = VirtualMachine()
        vm.colorReports = Output.isTerminal(2)
        if options.dumpBytecode {
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
        guard !options.noWorld else {
            vm.worldDirectory = WorldLocation.find(explicit: options.world)
            return
        }
        guard let directory = WorldLocation.find(explicit: options.world) else {
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
        if options.dumpAST || options.dumpBytecode {
            Output.standardError("self: --dump-ast and --dump-bytecode need a FILE\n")
            throw ExitCode(1)
        }
        let vm = VirtualMachine()
        // NO_COLOR and TERM=dumb turn colour off; the policy also picks the editor.
        vm.colorReports = TerminalPolicy.current.colorReports
        try loadWorld(into: vm)
        let greeting = "SwiftSelf \(swiftSelfVersion). :help for help, Ctrl-D to leave."
        let status = Shell.standard(vm: vm, greeting: greeting).run()
        if status != 0 { throw ExitCode(status) }
    }

    func dump(_ vm: VirtualMachine, _ file: String) throws {
        let bytes = try ScriptLoading.readFile(file)
        switch vm.compile(SourceFile(name: file, bytes: bytes), skipShebang: true) {
        case .failure(let failure):
            vm.reportCompilationFailure(failure)
            throw ExitCode(1)
        case .success:
            Output.standardOutput(vm.bytecodeListing())
        }
    }
}

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

    @Option(help: "The most memory the heaps may use, in MiB (default: SELF_HEAP_LIMIT, else 3/4 of the machine's).")
    var heapLimit: Int?

    @Argument(help: "The Self script to run.")
    var file: String?

    /// The options as plain values.
    var options: RunOptions {
        RunOptions(
            dumpAST: dumpAST, dumpBytecode: dumpBytecode, noWorld: noWorld, world: world, trace: trace, file: file)
    }

    func validate() throws {
        if let heapLimit, heapLimit <= 0 { throw ValidationError("--heap-limit must be a positive number of MiB.") }
    }

    func run() throws {
        if let heapLimit { MemoryBudget.defaultLimitOverride = heapLimit << 20 }
        try ScriptRunner(options: options).run()
    }

    /// The file of a command line that is exactly `self FILE` (FILE not an option and
    /// not a subcommand name), which needs no argument parsing.
    static func plainFile(in arguments: [String]) -> String? {
        guard arguments.count == 2 else { return nil }
        let file = arguments[1]
        guard !file.isEmpty, !file.hasPrefix("-"), !["run", "parse", "test", "help"].contains(file) else {
            return nil
        }
        return file
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
        DebugSwitches.gcStressSparse = enabled("SELF_GC_STRESS_SPARSE")
        DebugSwitches.gcStress = DebugSwitches.gcStress || DebugSwitches.gcStressSparse
        DebugSwitches.poisonFreedMemory = enabled("SELF_GC_POISON") || DebugSwitches.gcStress
        DebugSwitches.verifyIsolation = enabled("SELF_VERIFY_ISOLATION")
        DebugSwitches.logCollections = enabled("SELF_LOG_GC")
        DebugSwitches.verifyHeap = enabled("SELF_VERIFY_HEAP")
    }
}

import ArgumentParser
import SelfFuzzing
import SelfRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `self-fuzz`: the worker that `scripts/fuzz` runs, one process per family, mode and
/// batch. See docs/robustness.md.
@main
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "self-fuzz",
        abstract: "Runs fuzzed inputs against the SwiftSelf VM (driven by scripts/fuzz).",
        subcommands: [RunInputs.self, PrintInput.self, ReplayInput.self]
    )
}

/// The options every subcommand shares.
struct SharedOptions: ParsableArguments {
    @Option(help: "parse, mutate, generate, primitives or actors.")
    var family: String = "parse"

    @Option(help: "normal, gc-stress, gc-sparse or isolation.")
    var mode: String = "normal"

    @Option(help: "The run's seed.")
    var seed: UInt64 = 1

    @Option(help: "Directories whose .self files are the corpus (repeatable).")
    var corpus: [String] = []

    @Option(help: "The world directory.")
    var world: String?

    @Option(help: "Time limit of one input, in milliseconds.")
    var timeLimit: Int = 2_000

    @Option(help: "Heap limit of each VM, in MiB.")
    var heapLimit: Int = 512

    @Option(help: "Resident-memory limit of the process, in MiB.")
    var memoryLimit: Int = 3_072

    func validate() throws {
        guard FuzzFamily(rawValue: family) != nil else { throw ValidationError("unknown family '\(family)'") }
        guard FuzzMode(rawValue: mode) != nil else { throw ValidationError("unknown mode '\(mode)'") }
    }

    func worker(first: Int, count: Int, inputsPerVM: Int, progress: String?) -> Worker {
        let options = WorkerOptions(
            family: FuzzFamily(rawValue: family)!, mode: FuzzMode(rawValue: mode)!, seed: seed, first: first,
            count: count, timeLimitMilliseconds: timeLimit, worldDirectory: WorldLocation.find(explicit: world),
            inputsPerVM: inputsPerVM, progressPath: progress, heapLimitMiB: heapLimit)
        return Worker(options: options, corpus: Corpus(directories: corpus))
    }

    func startWatchdog() {
        // An unresponsive VM is hung after ten time limits (at least ten seconds).
        let grace = Int64(max(10_000, timeLimit * 10)) * 1_000_000
        Watchdog.start(grace: grace, memoryLimit: memoryLimit << 20)
    }
}

/// Writes text to a file, replacing it.
func writeFile(_ path: String, _ text: String) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { return }
    let bytes = Array(text.utf8)
    _ = write(fd, bytes, bytes.count)
    close(fd)
}

/// `self-fuzz run`: a batch of inputs; the summary and findings go to a file.
struct RunInputs: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Runs a batch of inputs.")

    @OptionGroup var shared: SharedOptions

    @Option(help: "Index of the first input.")
    var first: Int = 0

    @Option(help: "Number of inputs.")
    var count: Int = 1_000

    @Option(help: "Inputs run in one VM before a fresh one is made.")
    var inputsPerVM: Int = 200

    @Option(help: "File that holds the index of the input running now.")
    var progress: String?

    @Option(help: "File for the summary: outcome counts, then one line per finding.")
    var summary: String?

    func run() throws {
        shared.startWatchdog()
        let worker = shared.worker(first: first, count: count, inputsPerVM: inputsPerVM, progress: progress)
        worker.run()
        var text = worker.outcomes.summary + "\n"
        for finding in worker.findings {
            text += "finding \(finding.index): \(finding.problems.joined(separator: "; "))\n"
        }
        if let summary { writeFile(summary, text) } else { print(text, terminator: "") }
    }
}

/// `self-fuzz print`: one input, to standard output.
struct PrintInput: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "print", abstract: "Prints one input.")

    @OptionGroup var shared: SharedOptions

    @Option(help: "The input's index.")
    var index: Int = 0

    func run() throws {
        let bytes = shared.worker(first: index, count: 1, inputsPerVM: 1, progress: nil).input(index)
        _ = bytes.withUnsafeBufferPointer { write(1, $0.baseAddress, $0.count) }
    }
}

/// `self-fuzz replay`: runs files as inputs of a family, one after the other in one
/// fresh VM (a crash that needs earlier inputs replays with them), with the reports
/// on standard error. Exit status 0 when the oracle finds nothing, 1 when it
/// does; a crash, hang or memory overrun ends it as it would end a worker.
struct ReplayInput: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "replay", abstract: "Runs files as inputs, in one VM.")

    @OptionGroup var shared: SharedOptions

    @Argument(help: "The input files, run one after the other in one VM.")
    var files: [String]

    func run() throws {
        var inputs: [[UInt8]] = []
        for file in files {
            guard case .success(let bytes) = Platform.readFile(file) else {
                throw ValidationError("cannot read '\(file)'")
            }
            inputs.append(bytes)
        }
        shared.startWatchdog()
        let worker = shared.worker(first: 0, count: inputs.count, inputsPerVM: inputs.count, progress: nil)
        worker.prepare()
        // The collector's switches from the environment, as `self` reads them, on top
        // of the mode's: for narrowing a replayed crash down.
        func enabled(_ name: String) -> Bool { (Platform.environment(name) ?? "0") != "0" }
        if enabled("SELF_GC_POISON") { DebugSwitches.poisonFreedMemory = true }
        if enabled("SELF_GC_STRESS_FULL") { DebugSwitches.gcStressFull = true }
        if enabled("SELF_LOG_GC") { DebugSwitches.logCollections = true }
        if enabled("SELF_VERIFY_HEAP") { DebugSwitches.verifyHeap = true }
        for (index, bytes) in inputs.enumerated() { worker.run(bytes: bytes, index: index) }
        print(worker.outcomes.summary)
        for finding in worker.findings { print(finding.problems.joined(separator: "\n")) }
        if !worker.findings.isEmpty { throw ExitCode(1) }
    }
}

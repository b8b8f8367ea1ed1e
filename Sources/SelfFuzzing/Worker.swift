import SelfRuntime
import SelfSyntax

#if canImport(Glibc)
    import Glibc
#endif

/// The debug switches a worker runs its inputs under.
public enum FuzzMode: String, CaseIterable, Sendable {
    case normal
    /// A minor collection at every allocation, freed memory poisoned.
    case gcStress = "gc-stress"
    /// A minor collection at one allocation in every one to eight, so that young
    /// objects also live across allocations (`DebugSwitches.gcStressSparse`).
    case gcSparse = "gc-sparse"
    /// Isolation checked at every store and collection (`DebugSwitches.verifyIsolation`).
    case isolation

    /// Turns the mode's switches on, for the whole process.
    func apply() {
        switch self {
        case .normal: break
        case .gcStress:
            DebugSwitches.gcStress = true
            DebugSwitches.poisonFreedMemory = true
        case .gcSparse:
            DebugSwitches.gcStress = true
            DebugSwitches.gcStressSparse = true
            DebugSwitches.poisonFreedMemory = true
        case .isolation:
            DebugSwitches.verifyIsolation = true
        }
    }
}

/// How one worker process runs.
public struct WorkerOptions {
    public var family: FuzzFamily
    public var mode: FuzzMode
    public var seed: UInt64
    /// The first input's index and how many inputs to run.
    public var first: Int
    public var count: Int
    /// Each input's time limit.
    public var timeLimitMilliseconds: Int
    /// The world, for families that run their inputs.
    public var worldDirectory: String?
    /// A fresh VM (with the world loaded again) every this many inputs.
    public var inputsPerVM: Int
    /// Where the index of the input running now is kept (so that the supervisor
    /// knows which input a crash happened in), or nil.
    public var progressPath: String?
    /// The heap limit of each VM, in MiB.
    public var heapLimitMiB: Int

    public init(
        family: FuzzFamily, mode: FuzzMode, seed: UInt64, first: Int, count: Int, timeLimitMilliseconds: Int,
        worldDirectory: String?, inputsPerVM: Int, progressPath: String?, heapLimitMiB: Int
    ) {
        self.family = family
        self.mode = mode
        self.seed = seed
        self.first = first
        self.count = count
        self.timeLimitMilliseconds = timeLimitMilliseconds
        self.worldDirectory = worldDirectory
        self.inputsPerVM = inputsPerVM
        self.progressPath = progressPath
        self.heapLimitMiB = heapLimitMiB
    }
}

/// How inputs ended, counted by kind. Every kind here is an acceptable ending; what
/// is not (a report in the wrong form) is a `Finding`.
public struct OutcomeCounts {
    public private(set) var counts: [String: Int] = [:]

    public init() {}

    mutating func add(_ kind: String) { counts[kind, default: 0] += 1 }

    /// `kind=n` pairs, sorted by kind.
    public var summary: String {
        counts.keys.sorted().map { "\($0)=\(counts[$0]!)" }.joined(separator: " ")
    }
}

/// A problem found in one input (not a crash: the process survived it).
public struct Finding {
    public let index: Int
    public let problems: [String]
}

/// Runs inputs of one family in this process, one after the other, and classifies
/// how each ended. A crash ends the process (the supervisor sees the signal and
/// reads the index of the input from the progress file).
public final class Worker {
    let options: WorkerOptions
    let inputs: FuzzInputs
    var vm: VirtualMachine?
    var inputsOnThisVM = 0
    var reports: [Report] = []
    var progress: Int32 = -1
    public private(set) var outcomes = OutcomeCounts()
    public private(set) var findings: [Finding] = []

    public init(options: WorkerOptions, corpus: Corpus) {
        self.options = options
        inputs = FuzzInputs(corpus: corpus)
    }

    /// Input `index`, as `run` makes it.
    public func input(_ index: Int) -> [UInt8] {
        inputs.input(options.family, seed: options.seed, index: index)
    }

    /// Turns on the mode's switches, the sandbox and the heap limit.
    public func prepare() {
        options.mode.apply()
        DebugSwitches.confine = true
        MemoryBudget.defaultLimitOverride = options.heapLimitMiB << 20
    }

    /// Runs the inputs of the options.
    public func run() {
        prepare()
        if let path = options.progressPath {
            progress = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        for index in options.first..<(options.first + options.count) {
            record(index)
            run(bytes: input(index), index: index)
        }
        record(-1)
    }

    /// Runs one input (also used to replay a single input).
    public func run(bytes: [UInt8], index: Int) {
        let source = SourceFile(name: "<fuzz \(options.family.rawValue) \(index)>", bytes: bytes)
        reports.removeAll(keepingCapacity: true)
        if options.family.runs {
            execute(source)
        } else {
            parse(source)
        }
        var problems: [String] = []
        for report in reports { problems += Oracle.check(report) }
        if !problems.isEmpty {
            outcomes.add("finding")
            findings.append(Finding(index: index, problems: problems))
        }
    }

    func record(_ index: Int) {
        guard progress >= 0 else { return }
        let text = Array("\(index)\n".utf8)
        _ = pwrite(progress, text, text.count, 0)
    }

    /// The VM for the next input: a fresh one every `inputsPerVM` inputs, or after
    /// an input left one that should not be trusted any more.
    func machine(world: Bool) -> VirtualMachine {
        if let vm, inputsOnThisVM < options.inputsPerVM {
            inputsOnThisVM += 1
            return vm
        }
        let fresh = VirtualMachine()
        fresh.reportObserver = { [unowned self] in self.reports.append($0) }
        if world, let directory = options.worldDirectory {
            if let problem = fresh.loadWorld(from: directory) {
                Platform.writeError("self-fuzz: \(problem)\n")
                _exit(2)
            }
            // The world's own reports (none expected) are not the input's.
            reports.removeAll()
        }
        vm = fresh
        inputsOnThisVM = 1
        return fresh
    }

    /// `parse`: parse, then compile what parses; never run.
    func parse(_ source: SourceFile) {
        let vm = machine(world: false)
        Watchdog.begin(limit: Int64(options.timeLimitMilliseconds) * 1_000_000)
        defer { _ = Watchdog.end() }
        let parsed = Parser.parse(source, skipShebang: true)
        if parsed.hasErrors {
            reports.append(.diagnostics(parsed.diagnostics, source))
            outcomes.add("parse-error")
            return
        }
        switch vm.compile(source, skipShebang: true) {
        case .success:
            outcomes.add("compiled")
        case .failure(.parse(let diagnostics, _)):
            reports.append(.diagnostics(diagnostics, source))
            outcomes.add("parse-error")
        case .failure(.codeGeneration(let error)):
            reports.append(.diagnostics([error.diagnostic], error.source))
            outcomes.add("code-generation-error")
        }
        // Compiling allocates only old objects and code; this collects them.
        vm.memory.heap.collectIfDue()
    }

    /// The other families: compile and run with the world loaded.
    func execute(_ source: SourceFile) {
        let vm = machine(world: true)
        Watchdog.begin(limit: Int64(options.timeLimitMilliseconds) * 1_000_000)
        let outcome = vm.runSource(source, skipShebang: true)
        let timedOut = Watchdog.end()
        switch outcome {
        case .finished:
            outcomes.add("finished")
        case .unreadable:
            outcomes.add("unreadable")
        case .compilationFailed(let failure):
            vm.reportCompilationFailure(failure)
            outcomes.add("compile-error")
        case .runtimeError(let error):
            if error.message == "Interrupted" && timedOut {
                outcomes.add("time-limit")
            } else if error.message.hasPrefix("Out of memory") {
                outcomes.add("out-of-memory")
                self.vm = nil
            } else {
                outcomes.add("runtime-error")
            }
        case .exited:
            outcomes.add("exited")
        }
        if vm.memory.heap.budget.exhausted { self.vm = nil }
    }
}

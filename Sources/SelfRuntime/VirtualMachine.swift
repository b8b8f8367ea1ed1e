import SelfSyntax

/// The virtual machine: object memory, compiled code, the global actor's stacks, and
/// the entry points to run scripts.
public final class VirtualMachine: HeapRoots {
    /// Objects and the heap.
    public let memory: ObjectMemory
    /// The code table: every compiled code object alive, by `CodeInfo.index`. Full
    /// collections of the global heap free the code nothing refers to any more
    /// (`sweepCode`); its slot is then `vacantCode` until it is reused.
    var codes: [CompiledCode] = []
    /// Slots of `codes` whose code was freed.
    var vacantCodeSlots: [Int] = []
    /// What a vacant slot of `codes` holds.
    let vacantCode = CompiledCode(vacantFor: SourceFile(name: "<freed code>", bytes: []))
    /// The number of the current (or last) full collection that marks code.
    var codeCollection = 0
    /// Whether a full collection of the global heap is marking code now (outside
    /// actor mode only: see `willMark`).
    var marksCode = false
    /// Code still to be marked (reused by every full collection).
    var codeToMark: [UnsafeMutablePointer<CodeInfo>] = []
    /// The running actor's stacks, held here while it runs (its record holds them while
    /// it is suspended: `switchTo`). `current` and `memory.heap` are unowned: the actor
    /// records own them, and the send path reads them often, where counting references
    /// would cost more than the send itself.
    public internal(set) var stack: ExecutionStack
    /// The actor that runs the entry script and everything outside actor mode (id 0).
    public let globalActor: Actor
    /// The running actor.
    public internal(set) unowned(unsafe) var current: Actor
    /// The actor-mode session, while one is on.
    var actorMode: ActorMode?
    /// The id the next actor gets (ids are never reused).
    var nextActorID = 1
    /// The OS descriptors of managed FD handles.
    var descriptors = DescriptorTable()
    /// Finalizes objects that a heap frees; one closure shared by every heap.
    var finalizer: ((ObjectRef) -> Void)?
    /// Copies values into other actors (its buffers are reused from one to the next).
    lazy var blessing = Blessing(vm: self)
    /// The records that stand for finished actors.
    lazy var tombstones = Tombstones(maximumFrames: stack.maximumFrames)
    /// Bumped by every change that may alter the result of a lookup, and by every
    /// collection (`invalidateLookups`); inline caches hold results of one epoch only.
    public private(set) var lookupEpoch: UInt64 = 1
    /// Bit i set: inlined control form `InlineGuard` i may run inline (see
    /// `validateControl`). Bit `InlineGuard.never` is always set.
    ///
    /// This and the two arithmetic masks are cleared eagerly by `invalidateLookups`,
    /// so that the interpreter's fast paths test one bit and nothing else; a clear
    /// bit sends the instruction to its slow path, which revalidates when the mask's
    /// epoch is stale and runs the instruction again.
    var controlValid: UInt64 = InlineGuard.neverBit
    var controlEpoch: UInt64 = 0
    /// The first method seen for each loop form, which inlined loops stand for.
    var firstDefinitions = [Value](repeating: .empty, count: InlineGuard.selectors.count)
    /// Bit i set: `ArithmeticOperation` i may use its fast path (valid for
    /// `arithmeticEpoch`).
    var arithmeticValid: UInt64 = 0
    var arithmeticEpoch: UInt64 = 0
    /// Bit i set: `ArithmeticOperation` i on a float receiver may use its fast path
    /// (valid for `floatArithmeticEpoch`; see `validateFloatArithmetic`).
    var floatArithmeticValid: UInt64 = 0
    var floatArithmeticEpoch: UInt64 = 0
    /// The byte-array map whose `=` was last found to be the plain `_ByteArrayEq:`
    /// wrapper, in `byteArrayEqualityEpoch` (`hashProbe`).
    var byteArrayEqualityMap: UInt64 = 0
    var byteArrayEqualityEpoch: UInt64 = 0

    /// Starts a new lookup epoch: every inline cache and fast-path mask of the old
    /// one is invalid from now on.
    func invalidateLookups() {
        lookupEpoch &+= 1
        controlValid = InlineGuard.neverBit
        arithmeticValid = 0
        floatArithmeticValid = 0
    }
    /// Suppresses runtime-error reports (`.error.self` tests, cli.md §6).
    public var suppressErrorReports = false
    /// Where reports go instead of standard error, when set (the fuzzers check them).
    public var reportObserver: ((Report) -> Void)?
    /// Whether reports use ANSI colours (only when standard error is a terminal).
    public var colorReports = false
    /// The world directory. ZigSelf programs load their world with
    /// `'objects/everything.self' _RunScript`; when no such file exists beside them,
    /// `_RunScript` loads this directory's entry file instead (docs/world.md).
    public var worldDirectory: String?
    /// The first words of the report of a runtime error that reaches the top level.
    public var topLevelErrorPrefix = "Received error at top level: "
    /// What the REPL keeps alive between inputs (Reflection/ShellRoots.swift).
    public let shellRoots = ShellRoots()
    /// Called by `_SchedulerWillResume:` with the id of the actor about to be resumed
    /// (the REPL's stepping mode, Actors/ActorInspection.swift); nil: no stops.
    public var stepObserver: ((Int) -> StepDecision)?
    /// Shown the value of text run at the `step>` prompt (`_SchedulerStepped:`).
    public var stepResultObserver: ((Value) -> Void)?
    /// Whether the next `_SchedulerStepped:` gets the value of text run at the prompt
    /// (not a decision to resume), and whether to show it (not when the text failed).
    var stepAnswerPending = false
    var stepShowsResult = false

    /// Default limit on the frame stack depth.
    public static let defaultMaximumFrames = 100_000

    /// The slots of the `arithmeticBlock` being run (`runArithmeticBlock`): one block
    /// runs at a time, to its end, so one buffer serves every actor.
    let blockSlots = UnsafeMutablePointer<UInt64>.allocate(capacity: ArithmeticBlock.maximumSlots)

    deinit {
        // The live stack is freed here; suspended actors' stacks with their records.
        stack.deallocate()
        blockSlots.deallocate()
    }

    public init(maximumFrames: Int = VirtualMachine.defaultMaximumFrames) {
        Platform.ignoreBrokenPipes()
        memory = ObjectMemory()
        let stack = ExecutionStack(maximumFrames: maximumFrames)
        self.stack = stack
        globalActor = Actor(id: 0, role: .global, stack: stack, heap: memory.globalHeap)
        current = globalActor
        globalActor.isRunning = true
        globalActor.machine = self
        memory.heap.roots = self
        memory.heap.didCollect = { [unowned self] in self.invalidateLookups() }
        let finalizer: (ObjectRef) -> Void = { [unowned self] in self.finalize($0) }
        memory.heap.willFree = finalizer
        self.finalizer = finalizer
    }

    /// The VM's roots: the registers, and (unless `youngOnly`) the code that frames
    /// run and the well-known objects, which refer to old objects only.
    public func visitRoots(youngOnly: Bool, _ visit: (UnsafeMutablePointer<Value>) -> Void) {
        // The global heap collects only while the global actor runs.
        (current === globalActor ? stack : globalActor.stack).visitRoots(visit)
        globalActor.visitRoots(visit)
        shellRoots.visit(visit)
        if youngOnly { return }
        memory.known.visit(visit)
        visitCodeRoots(visit)
    }

    // MARK: - Compiling

    /// Parses and compiles source text. Diagnostics go to standard error.
    /// `directory` is where relative `_RunScript` paths start (default: the file's).
    public func compile(_ source: SourceFile, skipShebang: Bool, directory: String? = nil)
        -> Result<CompiledCode, CompilationFailure>
    {
        let parsed = Parser.parse(source, skipShebang: skipShebang)
        if parsed.hasErrors {
            return .failure(.parse(parsed.diagnostics, source))
        }
        let compiler = Compiler(memory: memory, source: source, directory: directory ?? Path.directory(of: source.name))
        {
            [unowned self] in self.registerCode($0)
        }
        do {
            return .success(try compiler.compileScript(parsed.script))
        } catch {
            return .failure(.codeGeneration(error))
        }
    }

    // MARK: - Running

    /// Runs a file as an entry script with the lobby as `self`, to completion.
    public func runFile(_ path: String) -> RunOutcome {
        switch Platform.readFile(path) {
        case .failure(let error):
            return .unreadable("cannot read '\(path)': \(Platform.describe(errorNumber: error.number))")
        case .success(let bytes):
            return runSource(SourceFile(name: path, bytes: bytes), skipShebang: true)
        }
    }

    /// Compiles and runs source as an entry script.
    public func runSource(_ source: SourceFile, skipShebang: Bool) -> RunOutcome {
        switch compile(source, skipShebang: skipShebang) {
        case .failure(let failure):
            return .compilationFailed(failure)
        case .success(let code):
            return run(code)
        }
    }

    /// Runs compiled script code in a fresh top-level frame.
    public func run(_ code: CompiledCode) -> RunOutcome {
        let base = stack.registerTop()
        if let message = pushScriptFrame(code.info, base: base, resultIndex: base) {
            return .runtimeError(RuntimeError(message: message, trace: ""))
        }
        let end = execute(stopAt: stack.frameCount - 1)
        // A run that ended inside actor mode (an error in the genesis, `_Exit:` under
        // the test harness) leaves the global actor running.
        leaveActorMode()
        stack.reset()
        switch end {
        case .finished(let value):
            return .finished(value)
        case .failed(let error):
            return .runtimeError(error)
        case .exited(let status):
            return .exited(status)
        }
    }
}

/// What the VM reports on standard error (cli.md §4).
public enum Report {
    /// Parse or code-generation errors in a source.
    case diagnostics([Diagnostic], SourceFile)
    /// A runtime error: the report's first words, the message, and the stack trace.
    case runtimeError(prefix: String, message: String, trace: String)
}

/// Why source text could not be compiled.
public enum CompilationFailure: Error {
    case parse([Diagnostic], SourceFile)
    case codeGeneration(CompileError)
}

/// How running an entry script ended.
public enum RunOutcome {
    /// It finished with this value.
    case finished(Value)
    /// The file could not be read.
    case unreadable(String)
    /// It did not parse or compile; nothing ran.
    case compilationFailed(CompilationFailure)
    /// A runtime error reached the top level (already reported).
    case runtimeError(RuntimeError)
    /// `_Exit:` was sent.
    case exited(Int32)
}

/// A runtime error that reached a boundary: its message and the report.
public struct RuntimeError: Error {
    /// The error text (`Unknown selector "foo"`).
    public let message: String
    /// The stack trace lines, innermost frame first (cli.md §4.2).
    public let trace: String
}

extension VirtualMachine {
    /// A listing of every code object compiled so far (`--dump-bytecode`).
    public func bytecodeListing() -> String {
        for code in codes where code.compileLazily != nil { _ = materialize(code.info) }
        return codes.filter { !$0.forwarded && $0 !== vacantCode }.map {
            Disassembler.listing($0, selectors: memory.selectors)
        }.joined(
            separator: "\n")
    }
}

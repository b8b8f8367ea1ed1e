/// One activation on an actor's frame stack: 32 bytes.
///
/// | bytes | field                                   |
/// |-------|-----------------------------------------|
/// | 0–7   | `code`                                  |
/// | 8–15  | `serial`                                |
/// | 16–19 | `base` (register index)                 |
/// | 20–23 | `resultIndex` (register index)          |
/// | 24–27 | `pc`                                    |
/// | 28–31 | `flags`                                 |
///
/// Register indices and pcs are stored in 32 bits (a stack of 2^31 registers is far
/// beyond any limit), so that a push writes half a cache line and an idle actor's
/// frames cost little.
public struct Frame {
    /// The code being run.
    public var code: UnsafeMutablePointer<CodeInfo>
    /// A number no other activation has, or 0 until the activation makes its first
    /// block (`makeBlock` gives it then, so that a call that makes none does not pay
    /// for it): blocks remember it to tell whether their home is still alive
    /// (language.md §7.7); no block holds 0.
    public var serial: Int
    private var storedBase: Int32
    private var storedResultIndex: Int32
    private var storedPC: Int32
    private var storedFlags: Int32

    /// A frame without flags returns its result into its own r0 (`resultIndex` is
    /// `base`): the return's fast path relies on it. Flags are only ever added.
    @inline(__always)
    public init(code: UnsafeMutablePointer<CodeInfo>, base: Int, resultIndex: Int, pc: Int, serial: Int, flags: Int) {
        assert(flags != 0 || resultIndex == base, "a frame without flags returns into its own r0")
        self.code = code
        self.serial = serial
        storedBase = Int32(truncatingIfNeeded: base)
        storedResultIndex = Int32(truncatingIfNeeded: resultIndex)
        storedPC = Int32(truncatingIfNeeded: pc)
        storedFlags = Int32(truncatingIfNeeded: flags)
    }

    /// Index of the frame's r0 in the register stack.
    public var base: Int {
        @inline(__always) get { Int(storedBase) }
        @inline(__always) set { storedBase = Int32(truncatingIfNeeded: newValue) }
    }
    /// Where the result goes (usually `base`, the caller's receiver register).
    public var resultIndex: Int {
        @inline(__always) get { Int(storedResultIndex) }
        @inline(__always) set { storedResultIndex = Int32(truncatingIfNeeded: newValue) }
    }
    /// The next instruction to run when this frame is resumed.
    public var pc: Int {
        @inline(__always) get { Int(storedPC) }
        @inline(__always) set { storedPC = Int32(truncatingIfNeeded: newValue) }
    }
    /// `FrameFlags`.
    public var flags: Int {
        @inline(__always) get { Int(storedFlags) }
        @inline(__always) set { storedFlags = Int32(truncatingIfNeeded: newValue) }
    }
}

/// Marks on frames where unwinding stops.
public enum FrameFlags {
    /// The frame of code run by `_EvaluateStringIfFail:`; the failure object sits in
    /// the register `resultIndex + 3`.
    public static let evaluationBoundary = 1
    /// Frame 0 of a genesis or regular actor: its entry method. When it returns, the
    /// actor is dead, or (the genesis) actor mode ends.
    public static let actorEntry = 2
    /// A mailbox message being handled (actors.md §4.3): when it returns, the next
    /// message runs, or the actor continues where it stopped.
    public static let message = 4
    /// The spawn method run by `_ActorSpawn:` (actors.md §4.2); the send's registers
    /// sit just below the frame (`base − 4`).
    public static let spawnBoundary = 8
    /// Code typed at the REPL's `step>` prompt, run in the genesis with its context as
    /// `self` (`_SchedulerWillResume:`): an error in it is reported and ends only that
    /// code; the send's result register gets nil.
    public static let stepEvaluation = 16
    /// The frames where an actor may not stop running: a message handler or a spawn
    /// method (and the bottom of an actor, where the search for them ends).
    public static let actorBoundaries = actorEntry | message | spawnBoundary
}

/// The explicit stacks of one actor: registers and frames, in memory the VM manages.
/// Self sends never recurse on the Swift stack; they push a `Frame` here, so an actor
/// can stop anywhere and resume later, and deep recursion is an ordinary error.
///
/// Invariant: every register below `highWater` holds a valid value, and all of them
/// are roots. `highWater` is the highest register any frame has used since the stack
/// was last emptied; registers above it are `.empty`. So frames need not clear their
/// temporaries on entry: a dead temporary still holds a value the collector has kept
/// valid (it merely keeps its object alive until overwritten, or until the stack is
/// emptied and `reset()` clears everything).
///
/// A value type: the VM holds the running actor's stack inline (`VirtualMachine.stack`),
/// so that the send path reaches it with no reference counting, and an actor's record
/// holds its stack while it is suspended; a switch saves one and loads the other.
/// Exactly one copy is live at a time; only it may be used or freed.
public struct ExecutionStack {
    /// The register stack.
    public private(set) var registers: UnsafeMutablePointer<Value>
    public private(set) var registerCapacity: Int
    /// The frame stack.
    public private(set) var frames: UnsafeMutablePointer<Frame>
    public private(set) var frameCapacity: Int {
        didSet { frameLimit = min(maximumFrames, frameCapacity) }
    }
    /// Frames in use.
    public var frameCount = 0
    /// The deepest the frame stack may grow: beyond it, a send is a "Stack overflow"
    /// runtime error (language.md §12).
    public var maximumFrames: Int {
        didSet { frameLimit = min(maximumFrames, frameCapacity) }
    }
    /// `min(maximumFrames, frameCapacity)`: a frame may be pushed without further
    /// checks below it (the dispatch loop's send fast path tests only this).
    public private(set) var frameLimit: Int
    /// The next frame serial.
    var nextSerial = 1

    /// Registers and frames the global actor's stacks start with.
    public static let globalRegisterCapacity = 4096
    public static let globalFrameCapacity = 256
    /// Registers and frames an actor's stacks start with: small, so that an idle actor
    /// costs little (they double as needed). An actor waiting in `yield` or `sleep:`
    /// under its entry method needs no more (measured with `scripts/bench actors`).
    public static let actorRegisterCapacity = 24
    public static let actorFrameCapacity = 2

    public init(
        maximumFrames: Int, registerCapacity: Int = ExecutionStack.globalRegisterCapacity,
        frameCapacity: Int = ExecutionStack.globalFrameCapacity
    ) {
        self.maximumFrames = maximumFrames
        self.registerCapacity = registerCapacity
        registers = .allocate(capacity: registerCapacity)
        registers.initialize(repeating: .empty, count: registerCapacity)
        self.frameCapacity = frameCapacity
        frames = .allocate(capacity: frameCapacity)
        frameLimit = min(maximumFrames, frameCapacity)
    }

    /// Frees the buffers (the stack is not used again).
    func deallocate() {
        registers.deallocate()
        frames.deallocate()
    }

    /// Frees the stacks of an actor that will never run again, keeping a minimal
    /// allocation so that the record stays valid.
    mutating func release() {
        deallocate()
        registerCapacity = 1
        registers = .allocate(capacity: 1)
        registers.initialize(to: .empty)
        frameCapacity = 1
        frames = .allocate(capacity: 1)
        frameCount = 0
        highWater = 0
    }

    /// One past the highest register used since the last `reset()`.
    public var highWater = 0

    /// The first register above the top frame.
    public func registerTop() -> Int {
        guard frameCount > 0 else { return 0 }
        let frame = frames[frameCount - 1]
        return frame.base + frame.code.pointee.registerCount
    }

    /// Empties the stack and clears every register used, so that nothing it held
    /// stays alive.
    public mutating func reset() {
        frameCount = 0
        registers.update(repeating: .empty, count: highWater)
        highWater = 0
    }

    /// Makes room for registers up to (not including) `end`. Moves the register
    /// stack: callers reload their register pointers afterwards.
    @inline(never)
    public mutating func growRegisters(toHold end: Int) {
        var capacity = registerCapacity
        while capacity < end { capacity *= 2 }
        let grown = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
        grown.moveInitialize(from: registers, count: registerCapacity)
        (grown + registerCapacity).initialize(repeating: .empty, count: capacity - registerCapacity)
        registers.deallocate()
        registers = grown
        registerCapacity = capacity
    }

    @inline(never)
    public mutating func growFrames() {
        let capacity = frameCapacity * 2
        let grown = UnsafeMutablePointer<Frame>.allocate(capacity: capacity)
        grown.moveInitialize(from: frames, count: frameCount)
        frames.deallocate()
        frames = grown
        frameCapacity = capacity
    }

    /// Visits every register in use (GC roots).
    func visitRoots(_ visit: (UnsafeMutablePointer<Value>) -> Void) {
        for index in 0..<highWater { visit(registers + index) }
    }
}

import SelfSyntax

/// What kind of activation a piece of code runs as.
public enum CodeKind: Int, Sendable {
    /// A method found by lookup (or an inline method, run by `invoke`).
    case method
    /// A block, run by its invocation selector.
    case block
    /// A script: the entry file, a `_RunScript` file, or an evaluated string.
    case script
}

/// One entry of a send site's polymorphic cache (see `SendSite`).
public struct CacheEntry {
    /// The receiver map (raw value; 0 when empty).
    public var map: UInt64 = 0
    /// The lookup epoch it is valid for.
    public var epoch: UInt64 = 0
    /// `LookupResult.Kind` raw value.
    public var kind: Int32 = 0
    /// The field or primitive index.
    public var index: Int32 = 0
    /// The constant, method or holder.
    public var value: Value = .empty
}

/// One send site and its inline cache.
///
/// The primary entry (the `cached…` fields, read by the dispatch loop) holds the
/// result of looking up `selector` on `cachedMap`, valid while
/// `cachedEpoch` equals the VM's lookup epoch (bumped by every change that can alter a
/// lookup — `_AddSlots:`, assignment to a parent slot — and by every collection, since
/// the cached holder may be a young object that moved).
public struct SendSite {
    /// The selector id.
    public var selector: Int32
    /// Its number of arguments.
    public var argumentCount: Int32
    /// The map the cached result is for (raw value; 0 when empty).
    public var cachedMap: UInt64 = 0
    /// The lookup epoch of the cached result.
    public var cachedEpoch: UInt64 = 0
    /// What the lookup found (`LookupResult.Kind` raw value).
    public var cachedKind: Int32 = 0
    /// The field index for data slots.
    public var cachedIndex: Int32 = 0
    /// The constant value, method, or holder object of a field found in a parent.
    public var cachedValue: Value = .empty
    /// What the instruction after this site's `send A` does with its result
    /// (`CodeGenerator.fuseSendResults`), or −1: nothing fused.
    /// - D ≥ 0: it is `move D A`. A result the dispatch loop finds in the cache (a
    ///   constant, a field of the receiver or of an ancestor, an array element) goes
    ///   into rD too, and the move is skipped (as `ArithmeticExtension.fusedMove`).
    /// - `SendSite.fusedBranch` (−2): it is `jumpIfFalse A`. An `==` the loop answers
    ///   from the cache (`identityPrimitive`) takes that branch itself while its guard
    ///   holds, as a fast comparison does (`ArithmeticExtension.fusedBranch`).
    public var fusedMove: Int32 = -1

    /// The `fusedMove` of a send whose result the next instruction tests.
    public static let fusedBranch: Int32 = -2
    /// Results for other receiver maps seen at this site, most recent first: a
    /// polymorphic site swaps the matching one into the primary entry instead of
    /// looking up again.
    public var older: (CacheEntry, CacheEntry, CacheEntry) = (CacheEntry(), CacheEntry(), CacheEntry())

    /// The primary entry as a `CacheEntry`.
    var primary: CacheEntry {
        get { CacheEntry(map: cachedMap, epoch: cachedEpoch, kind: cachedKind, index: cachedIndex, value: cachedValue) }
        set {
            cachedMap = newValue.map
            cachedEpoch = newValue.epoch
            cachedKind = newValue.kind
            cachedIndex = newValue.index
            cachedValue = newValue.value
        }
    }

    /// Makes the older entry for `map` (valid in `epoch`) the primary one, keeping the
    /// previous primary as the most recent older entry. False if there is none.
    mutating func promote(map: UInt64, epoch: UInt64) -> Bool {
        let found: CacheEntry
        if older.0.map == map && older.0.epoch == epoch {
            found = older.0
            older.0 = primary
        } else if older.1.map == map && older.1.epoch == epoch {
            found = older.1
            older.1 = older.0
            older.0 = primary
        } else if older.2.map == map && older.2.epoch == epoch {
            found = older.2
            older.2 = older.1
            older.1 = older.0
            older.0 = primary
        } else {
            return false
        }
        primary = found
        return true
    }

    /// Makes `entry` the primary one, shifting the others down (the oldest drops out).
    mutating func insert(_ entry: CacheEntry) {
        if cachedMap != 0 && cachedEpoch == entry.epoch {
            older.2 = older.1
            older.1 = older.0
            older.0 = primary
        }
        primary = entry
    }

    public init(selector: Int32, argumentCount: Int32) {
        self.selector = selector
        self.argumentCount = argumentCount
    }
}

/// The part of compiled code the interpreter reads on every instruction, in memory
/// that never moves: no retain, release or exclusivity check on the hot path.
public struct CodeInfo {
    /// The instruction words.
    public var instructions: UnsafeMutablePointer<UInt64>
    /// Constants (integers and old-space objects only: heap invariant 4).
    public var constants: UnsafeMutablePointer<Value>
    /// Send sites, with their inline caches.
    public var sites: UnsafeMutablePointer<SendSite>
    /// Registers a frame of this code needs.
    public var registerCount: Int
    /// Number of arguments.
    public var argumentCount: Int
    /// Number of locals initialised from the method or block object.
    public var localCount: Int
    /// The first instruction after the prologue (`_Restart` continues there).
    public var bodyStart: Int
    /// `CodeKind` raw value.
    public var kind: Int
    /// Index of the owning `CompiledCode` in the VM's code table.
    public var index: Int
}

/// A compiled method, block or script: the instructions and everything needed to
/// explain them (names, source positions, literals, templates).
public final class CompiledCode {
    /// What runs this code.
    public let kind: CodeKind
    /// The frame name in stack traces: the selector, `value:`…, or `<top level>`.
    public let name: String
    /// The file the code came from.
    public let source: SourceFile
    /// The directory that relative `_RunScript` paths in this code start from: the
    /// file's own, or, for an evaluated string, that of the code that evaluated it.
    public let directory: String
    /// The interpreter's view.
    public let info: UnsafeMutablePointer<CodeInfo>
    /// For a method of an object literal: its whole slot definition in `source`
    /// (`at: i Put: v = ( … )`), for the REPL's `:source`; nil otherwise.
    public internal(set) var definition: SourceRange?
    /// The source range of each instruction's send (for error reports), or nil.
    public let positions: [SourceRange?]
    /// String literals, by index.
    public let strings: [[UInt8]]
    /// Object-literal templates, by index.
    public let objectTemplates: [ObjectTemplate]
    /// Blocks of inlining fallbacks, compiled only when a fallback first runs
    /// (`makeLazyBlock`): each builds the block's map (an old object).
    let lazyBlocks: [() -> Value?]
    /// The maps `lazyBlocks` built so far (`.empty` until then); roots.
    var lazyMaps: [Value]
    /// For a method not compiled yet: compiles it. Its `info` then takes the real
    /// code's fields (`VirtualMachine.materialize`), and this object no longer owns
    /// the memory they point to.
    var compileLazily: (() -> CompiledCode?)?
    /// Whether `info` was taken over from the real code (see `compileLazily`).
    var forwarded = false
    /// For the real code of a lazily compiled method: the stub whose `info` now holds
    /// this code's fields. Method objects and frames point at the stub's `info`, so
    /// the stub lives exactly as long as this code.
    var stub: CompiledCode?
    /// Code that this code's constants point at by raw pointer only (methods that
    /// `makeMethod` builds at run time), so that marking this code marks them too.
    var referencedCode: [UnsafeMutablePointer<CodeInfo>] = []
    /// The number of the last full collection that found this code alive
    /// (`VirtualMachine.sweepCode`).
    var markedInCollection = 0
    /// Roughly the memory the code holds outside the heap, in bytes: what the global
    /// heap is charged for it (`Heap.chargeExternal`).
    let footprint: Int
    /// Number of instructions.
    public let instructionCount: Int
    /// Number of constants.
    public let constantCount: Int
    /// Number of send sites.
    public let siteCount: Int

    init(
        kind: CodeKind, name: String, source: SourceFile, directory: String, instructions: [UInt64],
        positions: [SourceRange?],
        constants: [Value], sites: [SendSite], strings: [[UInt8]],
        objectTemplates: [ObjectTemplate], lazyBlocks: [() -> Value?],
        registerCount: Int, argumentCount: Int, localCount: Int, bodyStart: Int
    ) {
        self.kind = kind
        self.name = name
        self.source = source
        self.directory = directory
        self.positions = positions
        self.strings = strings
        self.objectTemplates = objectTemplates
        self.lazyBlocks = lazyBlocks
        self.lazyMaps = [Value](repeating: .empty, count: lazyBlocks.count)
        self.instructionCount = instructions.count
        self.constantCount = constants.count
        self.siteCount = sites.count
        footprint =
            CompiledCode.fixedFootprint + instructions.count * 8 + constants.count * 8
            + sites.count * MemoryLayout<SendSite>.stride + positions.count * MemoryLayout<SourceRange?>.stride
            + strings.reduce(0) { $0 + $1.count + 32 } + objectTemplates.count * 64
            + lazyBlocks.count * 48 + (kind == .script ? source.bytes.count + source.lineStarts.count * 8 : 0)
        let instructionMemory = UnsafeMutablePointer<UInt64>.allocate(capacity: max(1, instructions.count))
        instructionMemory.initialize(from: instructions, count: instructions.count)
        let constantMemory = UnsafeMutablePointer<Value>.allocate(capacity: max(1, constants.count))
        constantMemory.initialize(from: constants, count: constants.count)
        let siteMemory = UnsafeMutablePointer<SendSite>.allocate(capacity: max(1, sites.count))
        siteMemory.initialize(from: sites, count: sites.count)
        info = UnsafeMutablePointer<CodeInfo>.allocate(capacity: 1)
        info.initialize(
            to: CodeInfo(
                instructions: instructionMemory, constants: constantMemory, sites: siteMemory,
                registerCount: registerCount, argumentCount: argumentCount, localCount: localCount,
                bodyStart: bodyStart, kind: kind.rawValue, index: -1))
    }

    /// A method whose body is compiled the first time it runs: one `compileMethod`
    /// instruction, enough registers for its arguments and locals.
    convenience init(
        lazyMethod name: String, source: SourceFile, directory: String, argumentCount: Int, localCount: Int,
        compile: @escaping () -> CompiledCode?
    ) {
        self.init(
            kind: .method, name: name, source: source, directory: directory,
            instructions: [Instruction.encode(.compileMethod)], positions: [nil], constants: [], sites: [],
            strings: [], objectTemplates: [], lazyBlocks: [],
            registerCount: FrameLayout.firstArgument + argumentCount + localCount, argumentCount: argumentCount,
            localCount: localCount, bodyStart: 0)
        compileLazily = compile
    }

    /// What the code table holds in the slot of freed code: never run.
    convenience init(vacantFor source: SourceFile) {
        self.init(
            kind: .script, name: "<freed code>", source: source, directory: ".",
            instructions: [Instruction.encode(.compileMethod)], positions: [nil], constants: [], sites: [],
            strings: [], objectTemplates: [], lazyBlocks: [], registerCount: FrameLayout.firstArgument,
            argumentCount: 0, localCount: 0, bodyStart: 0)
    }

    /// Bytes of a code object besides its tables: the object, its `CodeInfo`, names
    /// and array headers.
    static let fixedFootprint = 512

    deinit {
        if forwarded {
            // `info` points at the real code's memory, which that code frees; the
            // stub's own went when it was forwarded.
            info.deallocate()
            return
        }
        info.pointee.instructions.deallocate()
        info.pointee.constants.deallocate()
        info.pointee.sites.deallocate()
        info.deallocate()
    }

    /// Every constant and template map, for the collector (heap invariant 4).
    func visitReferences(_ visit: (UnsafeMutablePointer<Value>) -> Void) {
        for index in 0..<constantCount { visit(info.pointee.constants + index) }
        for template in objectTemplates { template.visit(visit) }
        for index in lazyMaps.indices { visit(&lazyMaps[index]) }
    }
}

/// How to build the object of one object literal (`makeObject`): the slots, and the
/// last map built, reused while the constant values stay the same (so evaluating the
/// same literal in a loop makes objects that share a map).
public final class ObjectTemplate {
    /// Names and kinds of the slots, in order; one value register per slot.
    public let slots: [(name: Int32, kind: MapSlotKind)]
    /// The map made last time (an old object), or `.empty`.
    var cachedMap: Value = .empty

    init(slots: [(name: Int32, kind: MapSlotKind)]) {
        self.slots = slots
    }

    func visit(_ visit: (UnsafeMutablePointer<Value>) -> Void) {
        visit(&cachedMap)
    }
}

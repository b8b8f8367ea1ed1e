/// A heap: where the objects of one actor live. Memory is managed here, not by Swift.
///
/// The global actor has one heap, which holds the world; every other actor has its
/// own (actors.md §6.4, docs/memory.md). Each heap has two generations:
/// - the **nursery** (young space): one contiguous block with bump-pointer
///   allocation. A minor collection copies the live young objects into the old space
///   (Cheney's algorithm, with the promoted objects as the scan queue) and empties the
///   nursery. Young objects therefore move; old ones never do. The global heap's
///   nursery has a fixed size; an actor's starts empty, is allocated at its first
///   allocation with a few hundred bytes, and doubles while collections find much of
///   it alive or the actor keeps allocating (as BEAM's process heaps grow).
/// - the **old space**: objects allocated one by one (maps, methods and code
///   literals are created in the global heap's old space directly, so that compiled
///   code may point at them; blessed copies go to the receiving actor's nursery while
///   it has room, else to its old space).
///   A full collection marks from the roots and sweeps the old list.
///
/// GC invariants:
/// 1. Every word of an object body is a `Value` (or a raw pointer disguised as an
///    integer), except the bytes of a byte array and the bits of a float. The
///    collector scans by that rule alone (`forEachReference`).
/// 2. An old object that may hold a reference to a young object is in the remembered
///    set of the young object's heap (or, for a large object, the word that holds it
///    is in `rememberedWords`). Every store into a heap object goes through
///    `store(_:into:at:)`, which keeps this true (the write barrier).
/// 3. Collection happens only inside allocation (a safepoint). Swift code that holds
///    an `ObjectRef` to a young object across an allocation must keep it in a root
///    (a register, or the handle stack of `HandleScope`) and re-read it afterwards.
/// 4. Constants in compiled code refer only to old objects (they are never moved).
///    Compiled code lives outside the heap; a full collection of the global heap
///    traces it from the frames running it and from the methods and block maps that
///    refer to it (`HeapRoots.visitCode`), marks through its constants, and frees the
///    code it did not reach (`VirtualMachine.sweepCode`).
/// 5. An actor heap's objects refer only to objects of the same heap and to globally
///    reachable ones (the isolation rule of `Actor`), and nothing outside the actor
///    refers to them, except maps (VM objects in the global heap, which are in the
///    actor's remembered set when they refer to its young objects). So an actor's
///    collection visits its own roots and objects only; it never marks or moves a
///    globally reachable object, and it does not look at another actor's heap.
/// The owner of a heap's roots outside it (registers, the VM's objects, an actor's
/// record).
public protocol HeapRoots: AnyObject {
    /// Visits every root slot; with `youngOnly`, only those that may hold young
    /// references (the others refer to old objects only: invariant 4). The visitor
    /// may update the slot.
    func visitRoots(youngOnly: Bool, _ visit: (UnsafeMutablePointer<Value>) -> Void)
    /// A full collection is about to mark (after its minor collection, before
    /// `visitRoots`).
    func willMark()
    /// During marking: `object`, a method or a map, was reached; visit the values its
    /// compiled code refers to (the collector marks through them).
    func visitCode(of object: ObjectRef, _ visit: (UnsafeMutablePointer<Value>) -> Void)
    /// Marking is done: what lives outside the heap and was not reached (compiled
    /// code) may go now, before the old space is swept.
    func didMark()
}

extension HeapRoots {
    public func willMark() {}
    public func visitCode(of object: ObjectRef, _ visit: (UnsafeMutablePointer<Value>) -> Void) {}
    public func didMark() {}
}

public final class Heap {
    /// Bytes of the global heap's nursery. A minor collection runs when it fills.
    public static let nurseryBytes = 8 << 20
    /// Bytes an actor's nursery starts with, and the most it grows to.
    public static let actorNurseryInitialBytes = 256
    public static let actorNurseryMaximumBytes = 1 << 20
    /// A minor collection that promotes more than this fraction (1/n) of an actor's
    /// nursery doubles it.
    static let actorNurseryGrowthFraction = 4
    /// An actor that keeps allocating also gets a larger nursery, whatever survives:
    /// after this many minor collections at one size it doubles, up to
    /// `actorNurseryBusyBytes`, so that a busy actor is not collected every few
    /// allocations while an idle one stays small.
    static let actorNurseryBusyCollections = 4
    static let actorNurseryBusyBytes = 64 << 10
    /// Old-space bytes allocated since the last full collection that trigger the next,
    /// at least (global heap, actor heaps); the threshold grows to the live old bytes.
    public static let minimumFullCollectionBytes = 64 << 20
    public static let actorMinimumFullCollectionBytes = 64 << 10

    /// Whether this is an actor's heap (growable nursery; its collection skips
    /// globally reachable objects).
    public let isActorHeap: Bool
    /// Start of the nursery.
    var nurseryStart: UnsafeMutableRawPointer
    /// Next free byte of the nursery.
    var top: UnsafeMutableRawPointer
    /// End of the nursery.
    var limit: UnsafeMutableRawPointer
    /// Bytes of the nursery (0 for an actor heap that has not allocated yet).
    public private(set) var nurseryCapacity: Int

    /// Every old object, for sweeping.
    var oldObjects: [UnsafeMutableRawPointer] = []
    /// Bytes of live old objects after the last full collection plus those allocated
    /// since.
    public internal(set) var oldBytes = 0
    /// Bytes outside the heap whose lifetime this heap's full collections decide (the
    /// compiled code of the global heap): they count toward the budget and toward the
    /// next full collection as old bytes do.
    public internal(set) var externalBytes = 0
    /// `oldBytes + externalBytes` right after the last full collection.
    var oldBytesAtLastFull = 0
    var fullCollectionThreshold: Int
    /// The least `fullCollectionThreshold` may be: `minimumFullCollectionBytes` or
    /// `actorMinimumFullCollectionBytes` (tests lower it to see collections sooner).
    public var minimumFullCollectionThreshold: Int {
        didSet { fullCollectionThreshold = max(minimumFullCollectionThreshold, oldBytesAtLastFull) }
    }
    /// Old objects that may refer to young ones (invariant 2).
    var rememberedSet: [ObjectRef] = []
    /// Single words of large old objects that may refer to young ones: a large array
    /// stored into in a loop is not rescanned whole at every minor collection.
    var rememberedWords: [UnsafeMutablePointer<Value>] = []
    /// Objects of more words than this are remembered word by word.
    static let largeObjectWords = 256
    /// Objects promoted during the current minor collection, still to be scanned.
    var promotionQueue: [ObjectRef] = []
    /// Bytes promoted by the current (or last) minor collection.
    var promotedBytes = 0
    /// Bytes of blessed copies that went to the old space for want of nursery room
    /// since the last minor collection.
    var overflowBytes = 0
    /// Minor collections since the nursery last changed size.
    var collectionsAtThisSize = 0
    /// The size an actor's nursery is made with at its first allocation.
    public var initialNurseryBytes = Heap.actorNurseryInitialBytes

    /// Values held by Swift code across allocations (see `HandleScope`).
    public var handles: [Value] = []
    /// The actor that owns the objects allocated here (the id in their headers).
    public var currentActor = 0

    /// What holds the root slots outside the heap: the VM for the global heap, the
    /// actor for an actor's. Unowned: the owner outlives its heap's collections, and
    /// a protocol reference, unlike a closure, costs an idle actor no allocation.
    public unowned(unsafe) var roots: (any HeapRoots)?
    /// Called after each collection, so that caches keyed by young objects are dropped.
    public var didCollect: (() -> Void)?
    /// Called with each old object about to be freed, for finalization (descriptors).
    public var willFree: ((ObjectRef) -> Void)?

    /// Debug switch: collect at every allocation (see `DebugSwitches`).
    public var collectAtEverySafepoint = DebugSwitches.gcStress
    /// With `collectAtEverySafepoint`, allocations still to pass before the next
    /// collection. `DebugSwitches.gcStressSparse` sets it afresh after each stress
    /// collection (0 to 7); tests set it to collect at one chosen allocation.
    public var stressSkips = 0
    /// The state of the pseudo-random spacing of sparse stress collections.
    var stressRandom: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Counters for tests and `--gc-stats`.
    public internal(set) var minorCollections = 0
    public internal(set) var fullCollections = 0

    /// The nursery of an actor heap before its first allocation: no room at all.
    nonisolated(unsafe) private static let noNursery = UnsafeMutableRawPointer.allocate(byteCount: 16, alignment: 16)

    /// The memory every heap of the VM shares (`MemoryBudget`).
    public let budget: MemoryBudget
    /// For an actor's heap, the global heap, whose objects its own may refer to (only
    /// the heap check of `DebugSwitches.verifyHeap` looks).
    public unowned(unsafe) var globalHeap: Heap?

    /// The global heap.
    public init(budget: MemoryBudget = MemoryBudget()) {
        self.budget = budget
        budget.charge(Heap.nurseryBytes)
        isActorHeap = false
        nurseryCapacity = Heap.nurseryBytes
        nurseryStart = UnsafeMutableRawPointer.allocate(byteCount: Heap.nurseryBytes, alignment: 16)
        top = nurseryStart
        limit = nurseryStart + Heap.nurseryBytes
        fullCollectionThreshold = Heap.minimumFullCollectionBytes
        minimumFullCollectionThreshold = Heap.minimumFullCollectionBytes
    }

    /// An actor's heap, owned by actor `actor`; its nursery comes at the first
    /// allocation.
    public init(actor: Int, budget: MemoryBudget) {
        self.budget = budget
        isActorHeap = true
        currentActor = actor
        nurseryCapacity = 0
        nurseryStart = Heap.noNursery
        top = nurseryStart
        limit = nurseryStart
        fullCollectionThreshold = Heap.actorMinimumFullCollectionBytes
        minimumFullCollectionThreshold = Heap.actorMinimumFullCollectionBytes
    }

    deinit {
        // The VM, which finalizes, may be gone already: memory is simply given back.
        willFree = nil
        release()
    }

    /// Frees every object and the nursery (an actor that will never run again), after
    /// finalizing the old objects.
    public func release() {
        if nurseryCapacity > 0 { nurseryStart.deallocate() }
        budget.charge(-nurseryCapacity - oldBytes)
        nurseryCapacity = 0
        nurseryStart = Heap.noNursery
        top = nurseryStart
        limit = nurseryStart
        for address in oldObjects {
            willFree?(ObjectRef(address))
            address.deallocate()
        }
        oldObjects = []
        oldBytes = 0
        rememberedSet = []
        rememberedWords = []
        handles = []
    }

    /// Whether `address` lies in this heap's nursery.
    @inline(__always)
    func isInNursery(_ address: UnsafeMutableRawPointer) -> Bool {
        address >= nurseryStart && address < limit
    }

    // MARK: - Allocation

    /// A new young object with the given kind and size; its map word is set, its body
    /// words are filled with `fill` (byte arrays and floats get zero words). This is a
    /// safepoint: a collection may run first.
    @inline(__always)
    public func allocate(_ kind: ObjectKind, words: Int, map: ObjectRef, fill: Value) -> ObjectRef {
        let bytes = words &* 8
        if _slowPath(collectAtEverySafepoint || top + bytes > limit || bytes > largeObjectBytes) {
            return allocateSlow(kind, words: words, map: map, fill: fill)
        }
        let address = top
        top += bytes
        let object = ObjectRef(address)
        initialize(object, kind: kind, words: words, map: map, fill: fill, old: false)
        return object
    }

    /// Whether `allocate` of `words` words would take its fast path, which never
    /// collects (so no object moves).
    @inline(__always)
    public func canAllocateWithoutCollecting(words: Int) -> Bool {
        let bytes = words &* 8
        return !collectAtEverySafepoint && top + bytes <= limit && bytes <= largeObjectBytes
    }

    /// A new young float holding `bits`: `allocate` for the one kind the arithmetic
    /// fast paths make on every operation, with its header and body written at once.
    /// A safepoint, as `allocate` is.
    @inline(__always)
    public func allocateFloat(bits: UInt64, map: ObjectRef) -> ObjectRef {
        let address = top
        if _slowPath(collectAtEverySafepoint || address + 24 > limit) {
            let object = allocateSlow(.float, words: 3, map: map, fill: Value(raw: 0))
            object.address.storeBytes(of: bits, toByteOffset: 16, as: UInt64.self)
            return object
        }
        top = address + 24
        address.storeBytes(of: map.value.raw, as: UInt64.self)
        address.storeBytes(
            of: HeaderBits.make(kind: .float, sizeInWords: 3, actor: currentActor, old: false), toByteOffset: 8,
            as: UInt64.self)
        address.storeBytes(of: bits, toByteOffset: 16, as: UInt64.self)
        return ObjectRef(address)
    }

    /// Objects larger than this go straight to the old space: copying them would cost
    /// more than it saves. A quarter of the largest nursery the heap may have.
    var largeObjectBytes: Int { (isActorHeap ? Heap.actorNurseryMaximumBytes : Heap.nurseryBytes) / 4 }

    @inline(never)
    func allocateSlow(_ kind: ObjectKind, words: Int, map: ObjectRef, fill: Value) -> ObjectRef {
        let bytes = words * 8
        if isActorHeap && nurseryCapacity == 0 {
            // The first allocation of an actor: its nursery is made now, so that an
            // actor that never allocates costs nothing here.
            resizeNursery(initialNurseryBytes)
        }
        let mapHandle = protect(map.value)
        let fillHandle = protect(fill)
        defer { handles.removeLast(2) }
        if bytes > largeObjectBytes {
            maybeCollectFull()
            checkBudget(adding: bytes)
            let object = allocateOld(kind, words: words, map: handles[mapHandle].object, fill: handles[fillHandle])
            // The caller initializes the object without the write barrier, as it may a
            // young one (a clone copies its original's words, a literal its values):
            // remembered now, the young values it receives survive the next minor
            // collection.
            remember(object)
            return object
        }
        let stressed = collectAtEverySafepoint && top + bytes <= limit
        if stressed && stressSkips > 0 {
            stressSkips -= 1
        } else if collectAtEverySafepoint || top + bytes > limit {
            collectYoung()
            if stressed {
                maybeCollectFull(force: DebugSwitches.gcStressFull)
                if DebugSwitches.gcStressSparse { stressSkips = nextStressSpacing() }
            } else {
                maybeCollectFull()
            }
            checkBudget(adding: 0)
            // An actor's nursery may be smaller than the object: it is empty now, so
            // it can simply grow.
            while top + bytes > limit { resizeNursery(nurseryCapacity * 2) }
        }
        let address = top
        top += bytes
        let object = ObjectRef(address)
        initialize(
            object, kind: kind, words: words, map: handles[mapHandle].object, fill: handles[fillHandle], old: false)
        return object
    }

    /// Allocations to pass before the next sparse stress collection: 0 to 7, from a
    /// fixed sequence (xorshift), so that a stressed run repeats exactly.
    func nextStressSpacing() -> Int {
        stressRandom ^= stressRandom << 13
        stressRandom ^= stressRandom >> 7
        stressRandom ^= stressRandom << 17
        return Int(stressRandom & 7)
    }

    /// A new object that no collection may precede (a blessed copy, while
    /// forwarding words point at copies): in the nursery if it fits there now, else
    /// in the old space. Not a safepoint.
    func allocateWithoutCollecting(_ kind: ObjectKind, words: Int, map: ObjectRef) -> ObjectRef {
        let bytes = words &* 8
        if top + bytes <= limit && bytes <= largeObjectBytes {
            let object = ObjectRef(top)
            top += bytes
            initialize(object, kind: kind, words: words, map: map, fill: Value(integer: 0), old: false)
            return object
        }
        // The next minor collection counts these bytes as survivors when it decides
        // whether the nursery should grow: an actor that receives large messages
        // gets a nursery that holds them.
        overflowBytes += bytes
        return allocateOld(kind, words: words, map: map, fill: Value(integer: 0))
    }

    /// Runs a full collection if the old space grew past its threshold: called for a
    /// suspended actor about to run again, whose old space blessed copies may have
    /// filled without any allocation of its own (which is where collections start).
    public func collectIfDue() {
        maybeCollectFull()
    }

    /// At a safepoint, with `bytes` about to be allocated: over the VM's limit, a full
    /// collection tries to make room; if it cannot, the budget is exhausted and the
    /// interpreter raises "Out of memory" at its next back edge (the allocation
    /// itself still succeeds, so that nothing here needs to fail).
    func checkBudget(adding bytes: Int) {
        guard budget.used + bytes > budget.limit, !budget.exhausted else { return }
        collectFull()
        if budget.used + bytes > budget.limit { budget.markExhausted() }
    }

    /// Replaces the (empty) nursery of an actor heap by one of `bytes`.
    func resizeNursery(_ bytes: Int) {
        precondition(top == nurseryStart, "only an empty nursery can be resized")
        collectionsAtThisSize = 0
        budget.charge(bytes - nurseryCapacity)
        if nurseryCapacity > 0 { nurseryStart.deallocate() }
        nurseryCapacity = bytes
        nurseryStart = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 16)
        top = nurseryStart
        limit = nurseryStart + bytes
    }

    /// Counts `bytes` of memory outside the heap that a full collection will free
    /// (negative: memory given back).
    public func chargeExternal(_ bytes: Int) {
        externalBytes += bytes
        budget.charge(bytes)
    }

    /// A new object in the old space (never moves; for maps, methods, code literals
    /// and large objects). Not a safepoint.
    public func allocateOld(_ kind: ObjectKind, words: Int, map: ObjectRef?, fill: Value) -> ObjectRef {
        let address = UnsafeMutableRawPointer.allocate(byteCount: words * 8, alignment: 16)
        oldObjects.append(address)
        oldBytes += words * 8
        budget.charge(words * 8)
        let object = ObjectRef(address)
        initialize(object, kind: kind, words: words, map: map ?? object, fill: fill, old: true)
        if let map, !map.isOld { remember(object) }
        if fill.isObject && !fill.object.isOld { remember(object) }
        return object
    }

    @inline(__always)
    func initialize(_ object: ObjectRef, kind: ObjectKind, words: Int, map: ObjectRef, fill: Value, old: Bool) {
        object[word: 0] = map.value
        object.header = HeaderBits.make(kind: kind, sizeInWords: words, actor: currentActor, old: old)
        let bodyFill = kind.hasRawBody ? Value(raw: 0) : fill
        var index = 2
        while index < words {
            object[word: index] = bodyFill
            index += 1
        }
    }

    /// Pushes a value on the handle stack and returns its index.
    @inline(__always)
    public func protect(_ value: Value) -> Int {
        handles.append(value)
        return handles.count - 1
    }

    // MARK: - Write barrier

    /// Stores `value` into word `index` of `object`, keeping invariant 2.
    @inline(__always)
    public func store(_ value: Value, into object: ObjectRef, at index: Int) {
        if _slowPath(DebugSwitches.verifyIsolation) { verifyStore(value, into: object) }
        object[word: index] = value
        if _slowPath(object.isOld && value.isObject && !value.object.isOld) {
            if object.sizeInWords > Heap.largeObjectWords {
                rememberedWords.append(object.address.assumingMemoryBound(to: Value.self) + index)
            } else {
                remember(object)
            }
        }
    }

    /// Adds `object` to the remembered set unless its flag says it is there: the
    /// check inline (an old object written again and again is the common case), the
    /// append out of line.
    @inline(__always)
    func remember(_ object: ObjectRef) {
        if object.flag(HeaderBits.remembered) { return }
        addToRememberedSet(object)
    }

    @inline(never)
    func addToRememberedSet(_ object: ObjectRef) {
        object.setFlag(HeaderBits.remembered, true)
        rememberedSet.append(object)
    }

    // MARK: - Scanning

    /// Calls `body` with a pointer to every word of `object` that may hold a reference.
    @inline(__always)
    func forEachReference(in object: ObjectRef, _ body: (UnsafeMutablePointer<Value>) -> Void) {
        let words = object.sizeInWords
        let base = object.address.assumingMemoryBound(to: Value.self)
        body(base)
        if object.kind.hasRawBody { return }
        var index = 2
        while index < words {
            body(base + index)
            index += 1
        }
    }
}

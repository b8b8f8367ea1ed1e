/// The heap: where every Self object lives. Memory is managed here, not by Swift.
///
/// Two generations:
/// - the **nursery** (young space): one contiguous block with bump-pointer
///   allocation. A minor collection copies the live young objects into the old space
///   (Cheney's algorithm, with the promoted objects as the scan queue) and empties the
///   nursery. Young objects therefore move; old ones never do.
/// - the **old space**: objects allocated one by one (maps, methods and code
///   literals are created there directly, so that compiled code may point at them).
///   A full collection marks from the roots and sweeps the old list.
///
/// GC invariants:
/// 1. Every word of an object body is a `Value` (or a raw pointer disguised as an
///    integer), except the bytes of a byte array and the bits of a float. The
///    collector scans by that rule alone (`forEachReference`).
/// 2. An old object that may hold a reference to a young object is in the remembered
///    set (or, for a large object, the word that holds it is in `rememberedWords`).
///    Every store into a heap object goes through `store(_:into:at:)`, which keeps
///    this true (the write barrier).
/// 3. Collection happens only inside allocation (a safepoint). Swift code that holds
///    an `ObjectRef` to a young object across an allocation must keep it in a root
///    (a register, or the handle stack of `HandleScope`) and re-read it afterwards.
/// 4. Constants in compiled code refer only to old objects (they are never moved,
///    and they are traced through `extraRoots`).
public final class Heap {
    /// Bytes of the nursery. A minor collection runs when it fills.
    public static let nurseryBytes = 8 << 20
    /// Old-space bytes allocated since the last full collection that trigger the next,
    /// at least; the threshold grows to twice the live old bytes.
    public static let minimumFullCollectionBytes = 64 << 20

    /// Start of the nursery.
    let nurseryStart: UnsafeMutableRawPointer
    /// Next free byte of the nursery.
    var top: UnsafeMutableRawPointer
    /// End of the nursery.
    let limit: UnsafeMutableRawPointer

    /// Every old object, for sweeping.
    var oldObjects: [UnsafeMutableRawPointer] = []
    /// Bytes of live old objects after the last full collection plus those allocated
    /// since.
    var oldBytes = 0
    var oldBytesAtLastFull = 0
    var fullCollectionThreshold = Heap.minimumFullCollectionBytes
    /// Old objects that may refer to young ones (invariant 2).
    var rememberedSet: [ObjectRef] = []
    /// Single words of large old objects that may refer to young ones: a large array
    /// stored into in a loop is not rescanned whole at every minor collection.
    var rememberedWords: [UnsafeMutablePointer<Value>] = []
    /// Objects of more words than this are remembered word by word.
    static let largeObjectWords = 256
    /// Objects promoted during the current minor collection, still to be scanned.
    var promotionQueue: [ObjectRef] = []

    /// Values held by Swift code across allocations (see `HandleScope`).
    public var handles: [Value] = []
    /// The actor that owns newly allocated objects.
    public var currentActor = 0

    /// Visits the root slots outside the heap; set by the VM. With `youngOnly`, only
    /// those that may hold young references (registers), since the others (compiled
    /// code, the VM's own objects) refer to old objects only (invariant 4). The
    /// visitor may update the slot.
    public var visitRoots: ((_ youngOnly: Bool, _ visit: (UnsafeMutablePointer<Value>) -> Void) -> Void)?
    /// Called after each collection, so that caches keyed by young objects are dropped.
    public var didCollect: (() -> Void)?
    /// Called with each old object about to be freed, for finalization (descriptors).
    public var willFree: ((ObjectRef) -> Void)?

    /// Debug switch: collect at every allocation (see `DebugSwitches`).
    public var collectAtEverySafepoint = DebugSwitches.gcStress

    /// Counters for tests and `--gc-stats`.
    public internal(set) var minorCollections = 0
    public internal(set) var fullCollections = 0

    public init() {
        nurseryStart = UnsafeMutableRawPointer.allocate(byteCount: Heap.nurseryBytes, alignment: 16)
        top = nurseryStart
        limit = nurseryStart + Heap.nurseryBytes
    }

    deinit {
        nurseryStart.deallocate()
        for object in oldObjects { object.deallocate() }
    }

    // MARK: - Allocation

    /// A new young object with the given kind and size; its map word is set, its body
    /// words are filled with `fill` (byte arrays and floats get zero words). This is a
    /// safepoint: a collection may run first.
    @inline(__always)
    public func allocate(_ kind: ObjectKind, words: Int, map: ObjectRef, fill: Value) -> ObjectRef {
        let bytes = words &* 8
        if _slowPath(collectAtEverySafepoint || top + bytes > limit || bytes > Heap.nurseryBytes / 4) {
            return allocateSlow(kind, words: words, map: map, fill: fill)
        }
        let address = top
        top += bytes
        let object = ObjectRef(address)
        initialize(object, kind: kind, words: words, map: map, fill: fill, old: false)
        return object
    }

    @inline(never)
    func allocateSlow(_ kind: ObjectKind, words: Int, map: ObjectRef, fill: Value) -> ObjectRef {
        let bytes = words * 8
        if bytes > Heap.nurseryBytes / 4 {
            // Large objects go straight to the old space: copying them would cost more
            // than it saves. The map and fill may be young, so protect them.
            let mapHandle = protect(map.value)
            let fillHandle = protect(fill)
            defer { handles.removeLast(2) }
            maybeCollectFull()
            return allocateOld(kind, words: words, map: handles[mapHandle].object, fill: handles[fillHandle])
        }
        let mapHandle = protect(map.value)
        let fillHandle = protect(fill)
        collectYoung()
        if collectAtEverySafepoint { maybeCollectFull(force: DebugSwitches.gcStressFull) } else { maybeCollectFull() }
        let newMap = handles[mapHandle].object
        let newFill = handles[fillHandle]
        handles.removeLast(2)
        precondition(top + bytes <= limit, "nursery cannot hold a \(words)-word object")
        let address = top
        top += bytes
        let object = ObjectRef(address)
        initialize(object, kind: kind, words: words, map: newMap, fill: newFill, old: false)
        return object
    }

    /// A new object in the old space (never moves; for maps, methods, code literals
    /// and large objects). Not a safepoint.
    public func allocateOld(_ kind: ObjectKind, words: Int, map: ObjectRef?, fill: Value) -> ObjectRef {
        let address = UnsafeMutableRawPointer.allocate(byteCount: words * 8, alignment: 16)
        oldObjects.append(address)
        oldBytes += words * 8
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
        let bodyFill = (kind == .byteArray || kind == .float) ? Value(raw: 0) : fill
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
        object[word: index] = value
        if _slowPath(object.isOld && value.isObject && !value.object.isOld) {
            if object.sizeInWords > Heap.largeObjectWords {
                rememberedWords.append(object.address.assumingMemoryBound(to: Value.self) + index)
            } else {
                remember(object)
            }
        }
    }

    @inline(never)
    func remember(_ object: ObjectRef) {
        if object.flag(HeaderBits.remembered) { return }
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
        switch object.kind {
        case .byteArray, .float:
            return
        default:
            var index = 2
            while index < words {
                body(base + index)
                index += 1
            }
        }
    }
}

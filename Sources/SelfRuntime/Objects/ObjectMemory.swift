/// Building and reading objects of every kind on top of `Heap`: maps, slots objects
/// and their fields, byte arrays, arrays, floats, and `_Clone`.
///
/// Everything here that allocates is a safepoint (see `Heap`): arguments that are
/// references are protected on the handle stack and re-read after allocating.
public final class ObjectMemory {
    /// The heap of the running actor: where new objects go (owned by that actor's
    /// record, hence unowned here).
    public internal(set) unowned(unsafe) var heap: Heap
    /// The global actor's heap. It holds the world, and the VM's own immortal
    /// objects (maps, code literals), whichever actor is running.
    public let globalHeap: Heap
    /// Interned selectors.
    public var selectors = SelectorTable()
    /// The VM's own objects.
    public var known: WellKnownObjects
    /// Id of the selector `parent`.
    public let parentSelector: Int32
    /// Id of the selector `self` (which a proxy answers itself: actors.md §5).
    public let selfSelector: Int32

    public init() {
        let heap = Heap()
        var selectors = SelectorTable()
        self.heap = heap
        globalHeap = heap
        parentSelector = selectors.intern("parent")
        selfSelector = selectors.intern("self")
        self.selectors = selectors
        known = ObjectMemory.bootstrap(heap: heap, parentSelector: parentSelector)
    }

    // MARK: - Bootstrap

    private static func bootstrap(heap: Heap, parentSelector: Int32) -> WellKnownObjects {
        let mapMap = heap.allocateOld(.map, words: MapLayout.firstSlot, map: nil, fill: Value(integer: 0))
        initializeMap(mapMap, slots: [], fieldCount: 0, flags: 0, heap: heap)
        func makeMap(mapMap: ObjectRef, slots: [MapSlot], fieldCount: Int, flags: Int) -> ObjectRef {
            let map = heap.allocateOld(
                .map, words: MapLayout.firstSlot + slots.count * 3, map: mapMap, fill: Value(integer: 0))
            initializeMap(map, slots: slots, fieldCount: fieldCount, flags: flags, heap: heap)
            return map
        }
        func emptyMap() -> ObjectRef { makeMap(mapMap: mapMap, slots: [], fieldCount: 0, flags: 0) }
        func emptyObject() -> Value {
            let object = heap.allocateOld(.slots, words: 3, map: emptyMap(), fill: Value(integer: 0))
            object.isGloballyReachable = true
            return object.value
        }
        let lobby = emptyObject()
        let nilObject = emptyObject()
        let traits = (0..<6).map { _ in emptyObject() }
        func parentMap(_ traits: Value) -> ObjectRef {
            makeMap(
                mapMap: mapMap, slots: [MapSlot(name: parentSelector, kind: .constantParent, value: traits)],
                fieldCount: 0, flags: MapFlags.hasParents)
        }
        var known = WellKnownObjects(
            mapMap: mapMap, lobby: lobby, nilObject: nilObject, trueObject: emptyObject(), falseObject: emptyObject(),
            integerTraits: traits[0], stringTraits: traits[1], arrayTraits: traits[2], blockTraits: traits[3],
            floatTraits: traits[4], actorTraits: traits[5],
            integerMap: parentMap(traits[0]), byteArrayMap: parentMap(traits[1]), arrayMap: parentMap(traits[2]),
            floatMap: parentMap(traits[4]), bigIntegerMap: parentMap(traits[0]), methodMap: emptyMap(),
            contextMap: emptyMap(), managedFDMap: emptyMap(),
            addressInfoMap: emptyMap(), actorObjectMap: emptyMap(),
            actorProxyMap: emptyMap())
        // Empty slots objects' unused field word must hold a valid value.
        for value in [lobby, nilObject, known.trueObject, known.falseObject] + traits {
            value.object[word: 2] = nilObject
        }
        known.lobby = lobby
        return known
    }

    static func initializeMap(_ map: ObjectRef, slots: [MapSlot], fieldCount: Int, flags: Int, heap: Heap) {
        map[word: MapLayout.slotCount] = Value(integer: Int64(slots.count))
        map[word: MapLayout.fieldCount] = Value(integer: Int64(fieldCount))
        map[word: MapLayout.flags] = Value(integer: Int64(flags))
        map[word: MapLayout.code] = Value(integer: 0)
        map[word: MapLayout.invocationSelector] = Value(integer: -1)
        map[word: 7] = Value(integer: 0)
        var field = 0
        for (index, slot) in slots.enumerated() {
            let base = MapLayout.firstSlot + index * 3
            map[word: base] = Value(integer: Int64(slot.name))
            var info = Int64(slot.kind.rawValue)
            if slot.kind.isAssignable {
                info |= Int64(field) << 3
                field += 1
            }
            map[word: base + 1] = Value(integer: info)
            heap.store(slot.kind.isAssignable ? Value(integer: 0) : slot.value, into: map, at: base + 2)
        }
    }

    func makeMap(mapMap: ObjectRef, slots: [MapSlot], fieldCount: Int, flags: Int) -> ObjectRef {
        let map = globalHeap.allocateOld(
            .map, words: MapLayout.firstSlot + slots.count * 3, map: mapMap, fill: Value(integer: 0))
        ObjectMemory.initializeMap(map, slots: slots, fieldCount: fieldCount, flags: flags, heap: heap)
        return map
    }

    /// A new map (old space) for the given slots; field indices follow slot order.
    public func makeMap(slots: [MapSlot], flags extra: Int = 0) -> ObjectRef {
        let fields = slots.filter { $0.kind.isAssignable }.count
        let parents = slots.contains { $0.kind.isParent } ? MapFlags.hasParents : 0
        return makeMap(mapMap: known.mapMap, slots: slots, fieldCount: fields, flags: parents | extra)
    }

    // MARK: - Values of each kind

    @inline(__always)
    public var nilValue: Value { known.nilObject }

    @inline(__always)
    public func boolean(_ flag: Bool) -> Value { flag ? known.trueObject : known.falseObject }

    /// The map lookup starts from for a value (integers have a shared pseudo-map;
    /// immediate floats share the map of float objects).
    @inline(__always)
    public func mapOf(_ value: Value) -> ObjectRef {
        if value.isObject { return value.object.map }
        return value.isInteger ? known.integerMap : known.floatMap
    }

    /// A new byte array holding `bytes`.
    public func makeByteArray<C: Collection>(_ bytes: C) -> Value where C.Element == UInt8 {
        let object = allocateByteArray(count: bytes.count)
        let body = object.address + 24
        var offset = 0
        for byte in bytes {
            body.storeBytes(of: byte, toByteOffset: offset, as: UInt8.self)
            offset += 1
        }
        return object.value
    }

    /// `heap.allocate`, without a retain and release of the heap around the call
    /// (which the actor's record owns; see `makeFloat`). Every allocation of the
    /// interpreter's hot paths goes through here: blocks, contexts, clones, objects.
    @inline(__always)
    public func allocate(_ kind: ObjectKind, words: Int, map: ObjectRef, fill: Value) -> ObjectRef {
        Unmanaged.passUnretained(heap)._withUnsafeGuaranteedRef {
            $0.allocate(kind, words: words, map: map, fill: fill)
        }
    }

    /// A new zero-filled byte array.
    public func allocateByteArray(count: Int) -> ObjectRef {
        let words = 3 + (count + 7) / 8
        let object = allocate(.byteArray, words: words, map: known.byteArrayMap, fill: Value(integer: 0))
        object[word: 2] = Value(integer: Int64(count))
        return object
    }

    /// A new array of `count` copies of `fill`.
    public func allocateArray(count: Int, fill: Value) -> ObjectRef {
        let object = allocate(.array, words: 3 + count, map: known.arrayMap, fill: fill)
        object[word: 2] = Value(integer: Int64(count))
        return object
    }

    /// The float `value`, for the result of an operation: immediate when it can be
    /// (`Value`), else a new float object. (A float literal and a clone are always
    /// new objects: `makeFloatObject`.)
    @inline(__always)
    public func makeFloat(_ value: Double) -> Value {
        if let immediate = Value(immediateFloat: value) { return immediate }
        return makeFloatObject(value)
    }

    /// A new float object: for a double without an immediate form, for each
    /// evaluation of a float literal, and for a clone.
    @inline(never)
    public func makeFloatObject(_ value: Double) -> Value {
        // Without a retain of the heap (which the actor's record owns).
        let map = known.floatMap
        return Unmanaged.passUnretained(heap)._withUnsafeGuaranteedRef {
            $0.allocateFloat(bits: value.bitPattern, map: map)
        }.value
    }

    /// A new slots object of `map` with every field set to `fill`.
    public func allocateSlots(map: ObjectRef, fill: Value) -> ObjectRef {
        allocate(.slots, words: max(3, 2 + map.mapFieldCount), map: map, fill: fill)
    }

    // MARK: - Fields of slots objects

    /// Where field `index` of a slots object lives: the object or its out-of-line
    /// array, and the word index there.
    @inline(__always)
    public func fieldLocation(_ object: ObjectRef, _ index: Int) -> (ObjectRef, Int) {
        if object.map.mapFlags & MapFlags.fieldsOutOfLine != 0 {
            return (object[word: 2].object, 3 + index)
        }
        return (object, 2 + index)
    }

    @inline(__always)
    public func field(_ object: ObjectRef, _ index: Int) -> Value {
        let (holder, word) = fieldLocation(object, index)
        return holder[word: word]
    }

    @inline(__always)
    public func setField(_ object: ObjectRef, _ index: Int, _ value: Value) {
        let (holder, word) = fieldLocation(object, index)
        heap.store(value, into: holder, at: word)
    }

    // MARK: - Byte arrays and arrays

    @inline(__always)
    public func count(_ object: ObjectRef) -> Int { Int(object[word: 2].integer) }

    /// The bytes of a byte array, copied out.
    public func bytes(_ value: Value) -> [UInt8] {
        let object = value.object
        let count = self.count(object)
        return Array(UnsafeRawBufferPointer(start: object.address + 24, count: count))
    }

    /// A byte array's contents as a Swift string (for paths, messages and selectors).
    public func string(_ value: Value) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    @inline(__always)
    public func isKind(_ value: Value, _ kind: ObjectKind) -> Bool {
        value.isObject && value.object.kind == kind
    }

    /// Whether `value` is a float, immediate or an object.
    @inline(__always)
    public func isFloat(_ value: Value) -> Bool {
        value.isImmediateFloat || isKind(value, .float)
    }

    /// The double of a float (`isFloat`), immediate or an object.
    @inline(__always)
    public func floatValue(_ value: Value) -> Double {
        value.isImmediateFloat ? value.immediateFloat : value.object.floatValue
    }

    // MARK: - Cloning

    /// `_Clone` (primitives.md §3.2): a shallow copy owned by the current actor and not
    /// globally reachable. Integers answer themselves; an immediate float answers a
    /// new float object (a clone of a float is a new float, as in ZigSelf).
    public func clone(_ value: Value) -> Value {
        if value.isImmediateFloat { return makeFloatObject(value.immediateFloat) }
        guard value.isObject else { return value }
        let original = value.object
        let words = original.sizeInWords
        if original.kind != .slots || original.map.mapFlags & MapFlags.fieldsOutOfLine == 0,
            Unmanaged.passUnretained(heap)._withUnsafeGuaranteedRef({ $0.canAllocateWithoutCollecting(words: words) })
        {
            // The common case: nothing can move, so no handle is needed.
            let copy = allocate(original.kind, words: words, map: original.map, fill: Value(integer: 0))
            copy.address.advanced(by: 16).copyMemory(
                from: original.address.advanced(by: 16), byteCount: (words - 2) * 8)
            return copy.value
        }
        return cloneProtected(value)
    }

    /// `clone` where the allocation may collect (or the fields are out of line): the
    /// original is held by a handle across it.
    func cloneProtected(_ value: Value) -> Value {
        let handle = heap.protect(value)
        defer { heap.handles.removeLast() }
        let original = value.object
        let kind = original.kind
        let words = original.sizeInWords
        var outOfLine = false
        if kind == .slots && original.map.mapFlags & MapFlags.fieldsOutOfLine != 0 {
            outOfLine = true
        }
        let copy = heap.allocate(kind, words: words, map: original.map, fill: Value(integer: 0))
        let source = heap.handles[handle].object
        copy.address.advanced(by: 16).copyMemory(from: source.address.advanced(by: 16), byteCount: (words - 2) * 8)
        if outOfLine {
            let copyHandle = heap.protect(copy.value)
            let fields = clone(source[word: 2])
            let newCopy = heap.handles[copyHandle].object
            heap.handles.removeLast()
            // The copy may have been promoted by a collection in the inner clone:
            // stored with the barrier.
            heap.store(fields, into: newCopy, at: 2)
            return newCopy.value
        }
        return copy.value
    }
}

/// A typed view of a heap object's memory. Every object starts with two words:
///
/// | word | contents                                                        |
/// |------|-----------------------------------------------------------------|
/// | 0    | the map (a reference), or the forwarding address during a young collection |
/// | 1    | the header word, below                                          |
/// | 2…   | kind-specific body (see `ObjectKind`)                           |
///
/// Header word:
///
/// | bits  | field                                                         |
/// |-------|---------------------------------------------------------------|
/// | 0–7   | `ObjectKind`                                                  |
/// | 8     | globally reachable (actors.md §6)                             |
/// | 9     | marked (old-space collection)                                 |
/// | 10    | remembered (an old object in the remembered set)              |
/// | 11    | forwarded (young collection: word 0 holds the new address)    |
/// | 12    | old (lives in the old space; never moves)                     |
/// | 13–36 | owning actor id, modulo 2^24                                  |
/// | 37–63 | size of the whole object in words (objects are at most 1 GiB) |
///
/// Invariant: `size` never changes after allocation; a slots object that needs more
/// fields keeps them out of line (see `Map`). The actor id serves `_Inspect` and the
/// isolation check (`DebugSwitches.verifyIsolation`); collection never depends on it,
/// so ids beyond 2^24 (which wrap here) cannot confuse it.
@frozen
public struct ObjectRef: Equatable {
    /// The object's first byte.
    public let address: UnsafeMutableRawPointer

    @inlinable @inline(__always)
    public init(_ address: UnsafeMutableRawPointer) { self.address = address }

    /// This object as a value.
    @inlinable @inline(__always)
    public var value: Value { Value(object: address) }

    /// Word `index` of the object (0 is the map, 1 the header).
    @inlinable @inline(__always)
    public subscript(word index: Int) -> Value {
        get { address.load(fromByteOffset: index &* 8, as: Value.self) }
        nonmutating set { address.storeBytes(of: newValue, toByteOffset: index &* 8, as: Value.self) }
    }

    /// The map that describes the object.
    @inlinable @inline(__always)
    public var map: ObjectRef {
        get { self[word: 0].object }
        nonmutating set { self[word: 0] = newValue.value }
    }

    /// The raw header word.
    @inlinable @inline(__always)
    public var header: UInt64 {
        get { address.load(fromByteOffset: 8, as: UInt64.self) }
        nonmutating set { address.storeBytes(of: newValue, toByteOffset: 8, as: UInt64.self) }
    }

    /// The object's kind. Headers are only ever made from an `ObjectKind`, so the
    /// bits are reinterpreted without the checked conversion (which was 3% of the
    /// instructions of copying objects between actors).
    @inlinable @inline(__always)
    public var kind: ObjectKind { unsafeBitCast(UInt8(truncatingIfNeeded: header), to: ObjectKind.self) }

    /// Size of the whole object in words.
    @inlinable @inline(__always)
    public var sizeInWords: Int { Int(header >> HeaderBits.sizeShift) }

    @inlinable @inline(__always)
    func flag(_ bit: UInt64) -> Bool { header & bit != 0 }

    @inlinable @inline(__always)
    func setFlag(_ bit: UInt64, _ on: Bool) {
        header = on ? header | bit : header & ~bit
    }

    @inlinable
    public var isGloballyReachable: Bool {
        @inline(__always) get { flag(HeaderBits.globallyReachable) }
        nonmutating set { setFlag(HeaderBits.globallyReachable, newValue) }
    }

    @inlinable
    public var isOld: Bool { flag(HeaderBits.old) }

    /// The id of the actor that owns the object.
    public var actorID: Int {
        get { Int((header >> HeaderBits.actorShift) & HeaderBits.actorMask) }
        nonmutating set {
            header =
                (header & ~(HeaderBits.actorMask << HeaderBits.actorShift))
                | ((UInt64(truncatingIfNeeded: newValue) & HeaderBits.actorMask) << HeaderBits.actorShift)
        }
    }
}

/// Bit masks of the header word (see `ObjectRef`).
public enum HeaderBits {
    public static let globallyReachable: UInt64 = 1 << 8
    public static let marked: UInt64 = 1 << 9
    public static let remembered: UInt64 = 1 << 10
    public static let forwarded: UInt64 = 1 << 11
    public static let old: UInt64 = 1 << 12
    /// Where the owning actor's id starts, and its mask once shifted down.
    public static let actorShift: UInt64 = 13
    public static let actorMask: UInt64 = (1 << 24) - 1
    /// Where the size in words starts.
    public static let sizeShift: UInt64 = 37

    /// A header for a new object.
    @inlinable @inline(__always)
    public static func make(kind: ObjectKind, sizeInWords: Int, actor: Int, old: Bool) -> UInt64 {
        UInt64(kind.rawValue) | ((UInt64(truncatingIfNeeded: actor) & actorMask) << actorShift)
            | (UInt64(sizeInWords) << sizeShift) | (old ? HeaderBits.old : 0)
    }
}

/// What a heap object is, and so how its body is laid out (words after the header).
public enum ObjectKind: UInt8, Sendable {
    /// A slots object. Body: its assignable slot values in map order; or, when the map
    /// says the fields are out of line, word 2 holds an `.array` with them.
    case slots
    /// A map (`Map` documents the layout).
    case map
    /// A method: word 2 its code (raw pointer), words 3… the creation-time values of
    /// its locals (language.md §7.2).
    case method
    /// A block: word 2 home receiver, 3 lexical context, 4 home frame index, 5 home
    /// frame serial, 6… the block's creation-time local values.
    case block
    /// A heap context holding the captured variables of one activation: word 2 the
    /// enclosing context (or nil), words 3… the variables.
    case context
    /// Bytes: word 2 the count (integer), then the bytes, zero-padded to a word.
    case byteArray
    /// Values: word 2 the count (integer), then the elements.
    case array
    /// An IEEE double: word 2 its bits.
    case float
    /// A managed file descriptor: word 2 its entry in the VM's `DescriptorTable`
    /// (integer). Always in an old space, so that collections finalize it.
    case managedFD
    /// The answer of `_GetAddrInfoFor…`: words 2–6 family, socket type, protocol,
    /// flags, sockaddr bytes.
    case addressInfo
    /// The genesis's handle for a regular actor (actors.md §2): word 2 the actor's id.
    case actorObject
    /// A regular actor's handle for another regular actor: word 2 the target's id.
    case actorProxy
    /// An integer beyond the 63-bit range (docs/numbers.md): word 2 the signed count
    /// of limbs (an integer; negative for a negative value), words 3… the magnitude,
    /// little-endian 64-bit limbs, the most significant one nonzero. A value that fits
    /// in 63 bits is always a small integer instead, so each integer has one form.
    case bigInteger

    /// Whether the words after word 1 are raw bits rather than values (bytes, a
    /// double, limbs): the collector does not scan them, blessing does not follow
    /// them, and new objects of the kind start with zero words there.
    @inline(__always)
    public var hasRawBody: Bool { self == .byteArray || self == .float || self == .bigInteger }
}

/// A map: the shared description of objects that have the same slots.
///
/// Layout (words of a `.map` object; every value is tagged):
///
/// | word      | contents                                                           |
/// |-----------|--------------------------------------------------------------------|
/// | 0, 1      | map of maps, header                                                |
/// | 2         | slot count n (integer)                                             |
/// | 3         | field count: assignable slots, stored in each object (integer)     |
/// | 4         | flags (integer, `MapFlags`)                                        |
/// | 5         | block maps: the block's code (raw pointer); otherwise 0            |
/// | 6         | block maps: the invocation selector id; otherwise −1               |
/// | 7         | reserved (0)                                                       |
/// | 8 + 3i    | slot i: name (selector id)                                         |
/// | 9 + 3i    | slot i: kind (`SlotKind` raw, bits 0–2) and field index (bits 3…)   |
/// | 10 + 3i   | slot i: constant value (a method object for methods); 0 for fields |
///
/// Invariants: a map is never changed once built (adding slots to an object gives it
/// a new map), so map identity is a valid inline-cache key. Maps live in the old
/// space and never move. Objects cloned from one another share their map.
public enum MapLayout {
    public static let slotCount = 2
    public static let fieldCount = 3
    public static let flags = 4
    public static let code = 5
    public static let invocationSelector = 6
    public static let firstSlot = 8
    public static let wordsPerSlot = 3
}

/// Bits of a map's flags word.
public enum MapFlags {
    /// Objects of this map keep their fields in an array at word 2 (they grew through
    /// `_AddSlots:` after allocation).
    public static let fieldsOutOfLine = 1
    /// The map has at least one parent slot.
    public static let hasParents = 2
}

/// How a slot of a map behaves.
public enum MapSlotKind: Int, Sendable {
    case constant = 0
    case assignable = 1
    case constantParent = 2
    case assignableParent = 3

    public var isParent: Bool { self == .constantParent || self == .assignableParent }
    public var isAssignable: Bool { self == .assignable || self == .assignableParent }
}

/// One slot as the map builder sees it.
public struct MapSlot {
    /// The slot's name (selector id).
    public var name: Int32
    public var kind: MapSlotKind
    /// The constant value, for constant slots.
    public var value: Value

    public init(name: Int32, kind: MapSlotKind, value: Value) {
        self.name = name
        self.kind = kind
        self.value = value
    }
}

extension ObjectRef {
    /// Map accessors (valid only on `.map` objects).
    @inlinable @inline(__always)
    public var mapSlotCount: Int { Int(self[word: MapLayout.slotCount].integer) }

    @inlinable @inline(__always)
    public var mapFieldCount: Int { Int(self[word: MapLayout.fieldCount].integer) }

    @inlinable @inline(__always)
    public var mapFlags: Int { Int(self[word: MapLayout.flags].integer) }

    @inlinable @inline(__always)
    public func mapSlotName(_ index: Int) -> Int32 {
        Int32(truncatingIfNeeded: self[word: MapLayout.firstSlot + index &* 3].integer)
    }

    @inlinable @inline(__always)
    public func mapSlotKind(_ index: Int) -> MapSlotKind {
        MapSlotKind(rawValue: Int(self[word: MapLayout.firstSlot + index &* 3 + 1].integer & 7))!
    }

    /// The field index of an assignable slot.
    @inlinable @inline(__always)
    public func mapSlotField(_ index: Int) -> Int {
        Int(self[word: MapLayout.firstSlot + index &* 3 + 1].integer >> 3)
    }

    @inlinable @inline(__always)
    public func mapSlotValue(_ index: Int) -> Value {
        self[word: MapLayout.firstSlot + index &* 3 + 2]
    }

    /// The slots of a map, in order, as builder entries.
    public var mapSlots: [MapSlot] {
        (0..<mapSlotCount).map { MapSlot(name: mapSlotName($0), kind: mapSlotKind($0), value: mapSlotValue($0)) }
    }

    /// The index of the slot named `name`, or nil.
    public func mapIndex(of name: Int32) -> Int? {
        for index in 0..<mapSlotCount where mapSlotName(index) == name { return index }
        return nil
    }
}

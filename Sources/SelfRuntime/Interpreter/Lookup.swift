/// Message lookup (language.md §7.4): depth first through parent slots in declaration
/// order, the first match winning, a parent already on the current path skipped.
///
/// Each object is searched at most once per lookup: one reached again is either on
/// the current path (a cycle, skipped by the rule above) or already searched in
/// vain, all its ancestors with it, so that searching it again could not find
/// anything either. This makes a lookup linear in the objects it can reach, where
/// following every path would be exponential in a lattice of shared parents
/// (`a* = o. b* = o` at every level).
public struct LookupResult: Sendable {
    /// What a lookup found; the raw values are stored in inline caches.
    public enum Kind: Int32, Sendable {
        case notFound = 0
        /// A constant slot holding a non-method value.
        case constant = 1
        /// A constant slot holding a method.
        case method = 2
        /// An assignable slot of the receiver itself, read.
        case ownField = 3
        /// An assignable slot of the receiver itself, assigned (`name:`).
        case ownFieldAssignment = 4
        /// An assignable slot of an ancestor (`holder`), read.
        case holderField = 5
        /// An assignable slot of an ancestor, assigned.
        case holderFieldAssignment = 6
        /// An assignable parent slot of the receiver, assigned (changes lookups).
        case ownParentAssignment = 7
        /// An assignable parent slot of an ancestor, assigned (changes lookups).
        case holderParentAssignment = 8
        /// The block's own invocation selector: run the block (§7.1 step 2).
        case blockInvocation = 9
        /// In inline caches only: a method that just wraps a primitive (`cachedIndex`).
        case primitiveMethod = 10
        /// In inline caches only: `primitiveMethod` of a primitive the dispatch loop
        /// runs itself (`cachedIndex` still names it, for its slow path): `_Eq:`;
        /// `_ArrayAt:` and `_ArrayAt:Put:` on an array receiver.
        case identityPrimitive = 11
        case arrayAtPrimitive = 12
        case arrayAtPutPrimitive = 13
        /// In inline caches only: `ownField`, `ownFieldAssignment` and `holderField`
        /// where the holder keeps its fields out of line (`MapFlags.fieldsOutOfLine`),
        /// which the dispatch loop leaves to the slow path. So the loop's own field
        /// kinds read and write the holder's words directly, without the flag test.
        case ownFieldOutOfLine = 14
        case ownFieldAssignmentOutOfLine = 15
        case holderFieldOutOfLine = 16

        /// The kind a lookup finds that this cache kind stands for.
        public var found: Kind {
            switch self {
            case .primitiveMethod, .identityPrimitive, .arrayAtPrimitive, .arrayAtPutPrimitive: .method
            case .ownFieldOutOfLine: .ownField
            case .ownFieldAssignmentOutOfLine: .ownFieldAssignment
            case .holderFieldOutOfLine: .holderField
            default: self
            }
        }
    }

    public var kind: Kind
    /// The constant, the method, or the holder of a field found in a parent.
    public var value: Value
    /// The field index of an assignable slot.
    public var index: Int
    /// Whether the assigned slot is a parent slot (its assignment changes lookups).
    public var assignsParent: Bool
    /// Whether the result holds for every object of the receiver's map. It does not
    /// when the path went through one of the receiver's own assignable parent slots,
    /// whose value differs between objects that share the map.
    public var cacheable: Bool

    static let notFound = LookupResult(kind: .notFound, value: .empty, index: 0, assignsParent: false, cacheable: true)
}

extension VirtualMachine {
    /// Longest parent chain followed; deeper chains are treated as finding nothing.
    static let maximumLookupDepth = 10_000

    /// Looks `selector` up starting at `receiver`.
    public func lookup(_ selector: Int32, in receiver: Value) -> LookupResult {
        if receiver.isObject && receiver.object.kind == .managedFD {
            return lookupInManagedFD(selector, receiver.object)
        }
        if receiver.isObject && receiver.object.kind == .addressInfo {
            return lookupInAddressInfo(selector, receiver.object)
        }
        var visited = LookupVisits()
        let assignmentTarget = memory.selectors.assignmentTargets[Int(selector)]
        return lookup(selector, assignmentTarget, object: receiver, isReceiver: true, depth: 0, visited: &visited)
    }

    /// A managed file descriptor answers only `value`: its descriptor number
    /// (primitives.md §1.4; the encoding is this VM's choice).
    private func lookupInManagedFD(_ selector: Int32, _ handle: ObjectRef) -> LookupResult {
        guard memory.selectors.name(selector) == "value" else { return .notFound }
        let descriptor = Value(integer: Int64(descriptor(of: handle)))
        return LookupResult(kind: .constant, value: descriptor, index: 0, assignsParent: false, cacheable: false)
    }

    private func lookup(
        _ selector: Int32, _ assignmentTarget: Int32, object: Value, isReceiver: Bool, depth: Int,
        visited: inout LookupVisits
    ) -> LookupResult {
        if depth >= VirtualMachine.maximumLookupDepth || !visited.insert(object.raw) { return .notFound }
        let map = memory.mapOf(object)
        let count = map.mapSlotCount
        for index in 0..<count {
            let name = map.mapSlotName(index)
            let kind = map.mapSlotKind(index)
            if name == selector {
                if kind.isAssignable {
                    return LookupResult(
                        kind: isReceiver ? .ownField : .holderField, value: isReceiver ? .empty : object,
                        index: map.mapSlotField(index), assignsParent: false, cacheable: true)
                }
                let value = map.mapSlotValue(index)
                let isMethod = memory.isKind(value, .method)
                return LookupResult(
                    kind: isMethod ? .method : .constant, value: value, index: 0, assignsParent: false, cacheable: true)
            }
            if name == assignmentTarget && kind.isAssignable {
                let assignment: LookupResult.Kind =
                    kind.isParent
                    ? (isReceiver ? .ownParentAssignment : .holderParentAssignment)
                    : (isReceiver ? .ownFieldAssignment : .holderFieldAssignment)
                return LookupResult(
                    kind: assignment, value: isReceiver ? .empty : object, index: map.mapSlotField(index),
                    assignsParent: kind.isParent, cacheable: true)
            }
        }
        guard map.mapFlags & MapFlags.hasParents != 0 else { return .notFound }
        for index in 0..<count {
            let kind = map.mapSlotKind(index)
            guard kind.isParent else { continue }
            let parent =
                kind == .assignableParent
                ? memory.field(object.object, map.mapSlotField(index)) : map.mapSlotValue(index)
            // An integer in a parent slot is treated as a parent with no slots (§7.4).
            if parent.isInteger { continue }
            var result = lookup(
                selector, assignmentTarget, object: parent, isReceiver: false, depth: depth + 1, visited: &visited)
            if result.kind != .notFound {
                if isReceiver && kind == .assignableParent { result.cacheable = false }
                return result
            }
        }
        return .notFound
    }
}

/// The objects one lookup has entered: a short list while there are few (most
/// lookups pass a handful of objects), a set once there are many.
struct LookupVisits {
    private var list: [UInt64] = []
    private var set: Set<UInt64>?
    static let listLimit = 16

    /// Adds an object; false when it was entered already.
    mutating func insert(_ raw: UInt64) -> Bool {
        if set != nil { return set!.insert(raw).inserted }
        if list.contains(raw) { return false }
        if list.count < LookupVisits.listLimit {
            list.append(raw)
        } else {
            set = Set(list)
            set!.insert(raw)
        }
        return true
    }
}

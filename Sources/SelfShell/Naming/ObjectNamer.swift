import SelfRuntime

/// Path names of objects: how the shell refers to an object reachable from the lobby,
/// as a Self expression that answers it (`std traits integer`, `lobby`, `counter`).
///
/// The names come from a breadth-first walk from the lobby along slots that hold
/// objects, constant slots before assignable ones at each object, so the name found is
/// a shortest path, preferring constant slots (whose values do not change under it).
/// Methods are not followed, nor are integers named. The walk stops after
/// `maximumObjects` objects or `maximumDepth` slots, so an object deep inside a large
/// data structure has no name.
///
/// The table is keyed by address, and young objects move at every collection; it is
/// built again when the VM's lookup epoch changed (which every collection and every
/// change of slots bumps) and after `invalidate()`, which the shell calls after every
/// input (an assignment changes what a path through an assignable slot answers
/// without bumping the epoch).
public final class ObjectNamer {
    /// The most objects one walk names.
    public static let maximumObjects = 50_000
    /// The longest path, in slots.
    public static let maximumDepth = 8

    private let vm: VirtualMachine
    private var names: [UInt64: String] = [:]
    private var builtAtEpoch: UInt64 = 0

    public init(vm: VirtualMachine) {
        self.vm = vm
    }

    /// The path name of `value`, or nil when it is not reachable from the lobby
    /// within the walk's bounds (or is an integer).
    public func name(of value: Value) -> String? {
        guard value.isObject else { return nil }
        refresh()
        return names[value.raw]
    }

    /// Every named object's path, by address (for `:find`).
    public var allNames: [UInt64: String] {
        refresh()
        return names
    }

    /// Forgets the table: the next question builds it again.
    public func invalidate() { names = [:] }

    private func refresh() {
        guard builtAtEpoch != vm.lookupEpoch || names.isEmpty else { return }
        names = [:]
        let memory = vm.memory
        let lobby = memory.known.lobby
        names[lobby.raw] = "lobby"
        var frontier: [(Value, String)] = [(lobby, "")]
        var depth = 0
        while !frontier.isEmpty && depth < Self.maximumDepth && names.count < Self.maximumObjects {
            var next: [(Value, String)] = []
            for (object, path) in frontier {
                let map = object.object.map
                let count = map.mapSlotCount
                // Constant slots first, then assignable ones.
                for pass in 0..<2 {
                    for index in 0..<count {
                        let kind = map.mapSlotKind(index)
                        if kind.isAssignable != (pass == 1) { continue }
                        let value =
                            kind.isAssignable
                            ? memory.field(object.object, map.mapSlotField(index)) : map.mapSlotValue(index)
                        guard value.isObject, names[value.raw] == nil, !memory.isKind(value, .method) else { continue }
                        let name = memory.selectors.name(map.mapSlotName(index))
                        let full = path.isEmpty ? name : path + " " + name
                        names[value.raw] = full
                        if memory.isKind(value, .slots) { next.append((value, full)) }
                        if names.count >= Self.maximumObjects { break }
                    }
                }
            }
            frontier = next
            depth += 1
        }
        builtAtEpoch = vm.lookupEpoch
    }
}

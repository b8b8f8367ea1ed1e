import SelfRuntime

/// Path names of objects: how the shell refers to an object reachable from the lobby,
/// as a Self expression that answers it (`std traits integer`, `lobby`, `counter`).
///
/// The names come from a breadth-first walk from the lobby along slots that hold
/// objects, constant slots before assignable ones at each object, so the name found is
/// a shortest path, preferring constant slots (whose values do not change under it).
/// Parent slots are followed only by a second walk, for objects the first left
/// unnamed: `std traits point` rather than `origin parent`.
/// The walk starts from the lobby and its ancestors together, since an expression
/// typed at the prompt reaches their slots by implicit-receiver sends: `std`, held by
/// the lobby's parent `globals`, is `std`, not `globals std`.
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

    /// The VM whose objects are named.
    private let vm: VirtualMachine
    /// Path names by object address.
    private var names: [UInt64: String] = [:]
    /// The lookup epoch `names` was built at.
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
        // The lobby's lookup path, all with the empty path: their slots are names.
        let start = StaticReceiver.value(lobby).ancestors(in: memory).compactMap { ancestor in
            ancestor.object.flatMap { memory.isKind($0, .slots) ? ($0, "") : nil }
        }
        // Paths through data and constant slots first; a path through a parent slot
        // (`point parent`) only for what those leave unnamed, since the parent's own
        // name (`std traits point`) says more.
        walk(from: start, followingParents: false)
        walk(from: start, followingParents: true)
        builtAtEpoch = vm.lookupEpoch
    }

    /// One breadth-first walk from `start`, naming what has no name yet.
    private func walk(from start: [(Value, String)], followingParents: Bool) {
        let memory = vm.memory
        var frontier = start
        var expanded = Set(frontier.map { $0.0.raw })
        var depth = 0
        while !frontier.isEmpty && depth < Self.maximumDepth && names.count < Self.maximumObjects {
            var next: [(Value, String)] = []
            for (object, path) in frontier {
                let map = object.object.map
                let count = map.mapSlotCount
                // Constant slots first, then assignable ones, then (if followed)
                // parent slots.
                for pass in 0..<3 {
                    if pass == 2 && !followingParents { break }
                    for index in 0..<count {
                        let kind = map.mapSlotKind(index)
                        let slotPass = kind.isParent ? 2 : (kind.isAssignable ? 1 : 0)
                        if slotPass != pass { continue }
                        let value =
                            kind.isAssignable
                            ? memory.field(object.object, map.mapSlotField(index)) : map.mapSlotValue(index)
                        guard value.isObject, !memory.isKind(value, .method) else { continue }
                        let name = memory.selectors.name(map.mapSlotName(index))
                        let full = path.isEmpty ? name : path + " " + name
                        if names[value.raw] == nil { names[value.raw] = full }
                        if memory.isKind(value, .slots) && expanded.insert(value.raw).inserted {
                            next.append((value, names[value.raw] ?? full))
                        }
                        if names.count >= Self.maximumObjects { return }
                    }
                }
            }
            frontier = next
            depth += 1
        }
    }
}

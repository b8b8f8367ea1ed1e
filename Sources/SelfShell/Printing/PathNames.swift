import SelfRuntime

/// The path names the shell shows: `ObjectNamer`'s, without a first step through one
/// of the lobby's parent slots (`globals std traits integer` is shown as `std traits
/// integer`, which the lobby answers through that parent just the same), unless the
/// lobby's own slots would answer the shortened path's first word differently.
struct PathNames {
    let vm: VirtualMachine
    let namer: ObjectNamer

    /// The shown path of `value`, or nil when it has none.
    func name(of value: Value) -> String? {
        namer.name(of: value).map(shorten)
    }

    /// `path` without a first step through a parent slot of the lobby.
    func shorten(_ path: String) -> String {
        guard let space = path.firstIndex(of: " ") else { return path }
        let first = String(path[..<space])
        let reader = ObjectSlots(vm: vm)
        let lobby = vm.memory.known.lobby
        let lobbySlots = reader.slots(of: lobby)
        guard let parent = lobbySlots.first(where: { $0.name == first && $0.kind.isParent }) else { return path }
        let rest = path[path.index(after: space)...]
        let next = String(rest.prefix { $0 != " " })
        // The shortened path must find `next` where the long one does: in that parent.
        guard let found = reader.holder(of: next, from: lobby), found.holder == parent.value else { return path }
        return String(rest)
    }
}

import SelfRuntime

/// One change an input made to a slot of the lobby.
public struct LobbyChange {
    /// What happened to the slot.
    public enum Kind: Equatable, Sendable {
        case added, changed, removed
    }

    public var kind: Kind
    /// The slot's name.
    public var name: String
    /// The number of the input that made the change.
    public var input: Int
    /// The slot before and after, as pins of `ShellRoots` (their values may move).
    var before: PinnedSlot?
    var after: PinnedSlot?
    /// The slot's definition as written in the input (`counter <- 0`), when the
    /// change came from an `_AddSlots:` of a slot list there.
    public var source: String?
}

/// A slot's kind and a pinned value.
struct PinnedSlot {
    var kind: MapSlotKind
    var pin: Int
}

/// The journal of live editing (docs/repl.md, "Live editing"): every change the
/// inputs typed at the prompt make to the lobby's own slots, found by comparing the
/// lobby before and after each input (so assignments, `_AddSlots:`,
/// `_RemoveSlotNamed:` and anything a method does to the lobby all count), kept so
/// that `:changes` can show it, `:undo` can revert the last input's changes and
/// `:save` can write the definitions out.
///
/// Values are kept as pins of the VM's `ShellRoots`, which every collection visits:
/// the journal holds no object in Swift across an evaluation. The snapshot of the
/// lobby taken before an input is a clone of it (same map, same field values), which
/// is compared slot by slot afterwards.
public final class LobbyJournal {
    private let vm: VirtualMachine
    /// The changes, oldest first.
    public private(set) var changes: [LobbyChange] = []
    /// The pin holding the clone of the lobby taken before the running input.
    private var snapshotPin: Int?

    public init(vm: VirtualMachine) {
        self.vm = vm
    }

    /// Before an input runs: snapshots the lobby.
    public func willEvaluate() {
        let lobby = vm.memory.known.lobby
        let copy = vm.memory.clone(lobby)
        if let snapshotPin {
            vm.shellRoots.repin(snapshotPin, copy)
        } else {
            snapshotPin = vm.shellRoots.pin(copy)
        }
    }

    /// After input `number` ran (whatever its outcome): records how the lobby's own
    /// slots differ from the snapshot. `sources` are the slot definitions the input
    /// wrote in `_AddSlots:` slot lists, by name. Answers the changes recorded.
    @discardableResult
    public func didEvaluate(input number: Int, sources: [String: String] = [:]) -> [LobbyChange] {
        guard let snapshotPin else { return [] }
        let before = vm.ownSlots(of: vm.shellRoots.pinned(snapshotPin))
        let after = vm.ownSlots(of: vm.memory.known.lobby)
        vm.shellRoots.repin(snapshotPin, vm.memory.nilValue)
        var recorded: [LobbyChange] = []
        let old = Dictionary(before.map { ($0.name, $0.state) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.map { ($0.name, $0.state) }, uniquingKeysWith: { first, _ in first })
        for (name, state) in after {
            let previous = old[name]
            // A definition written again with the same value (a constant re-added)
            // still counts when the input wrote it, so that :save has its new text.
            if previous == state && sources[name] == nil { continue }
            recorded.append(
                LobbyChange(
                    kind: previous == nil ? .added : .changed, name: name, input: number,
                    before: previous.map(pin), after: pin(state), source: sources[name]))
        }
        for (name, state) in before where new[name] == nil {
            recorded.append(
                LobbyChange(kind: .removed, name: name, input: number, before: pin(state), after: nil, source: nil))
        }
        changes += recorded
        return recorded
    }

    private func pin(_ state: SlotState) -> PinnedSlot {
        PinnedSlot(kind: state.kind, pin: vm.shellRoots.pin(state.value))
    }

    /// The slot as it was before or after a change: kind and current value.
    public func slot(before change: LobbyChange) -> SlotState? {
        change.before.map { SlotState(kind: $0.kind, value: vm.shellRoots.pinned($0.pin)) }
    }

    public func slot(after change: LobbyChange) -> SlotState? {
        change.after.map { SlotState(kind: $0.kind, value: vm.shellRoots.pinned($0.pin)) }
    }

    /// Reverts the changes of the last input that made any, newest first, and drops
    /// them from the journal. Answers them (empty when there is nothing to undo), or
    /// nil when the lobby cannot be written (actor mode).
    public func undo() -> [LobbyChange]? {
        guard let last = changes.last else { return [] }
        let group = changes.filter { $0.input == last.input }
        let lobby = vm.memory.known.lobby
        for change in group.reversed() {
            let ok: Bool
            if let before = slot(before: change) {
                ok = vm.defineSlot(change.name, before, in: lobby)
            } else {
                ok = vm.removeSlot(named: change.name, from: lobby)
            }
            if !ok { return nil }
        }
        for change in group { release(change) }
        changes.removeLast(group.count)
        return group
    }

    private func release(_ change: LobbyChange) {
        if let before = change.before { vm.shellRoots.unpin(before.pin) }
        if let after = change.after { vm.shellRoots.unpin(after.pin) }
    }

    /// The slots the user defined or changed that still exist, with the most recent
    /// change of each, in the order they were first defined: what `:save` writes.
    public func definitions() -> [(name: String, state: SlotState, latest: LobbyChange, source: String?)] {
        let current = Dictionary(
            vm.ownSlots(of: vm.memory.known.lobby).map { ($0.name, $0.state) }, uniquingKeysWith: { first, _ in first })
        var order: [String] = []
        var latest: [String: LobbyChange] = [:]
        var source: [String: String] = [:]
        for change in changes {
            if latest[change.name] == nil { order.append(change.name) }
            latest[change.name] = change
            if change.kind == .removed {
                source[change.name] = nil
            } else if let text = change.source {
                source[change.name] = text
            }
        }
        return order.compactMap { name in
            guard let state = current[name], let change = latest[name], change.kind != .removed else { return nil }
            return (name, state, change, source[name])
        }
    }
}

/// One actor: its own stacks, heap, mailbox and scheduling state (actors.md §2).
///
/// Isolation rules, which the code of this folder keeps (actors.md §6):
/// 1. Every object belongs to the actor whose heap allocated it; its header carries
///    that actor's id (truncated to the header field, see `ObjectRef`).
/// 2. An actor refers only to its own objects and to globally reachable ones. The
///    three ways a reference crosses actors (the `_Genesis:` receiver, a spawned
///    actor's context, the arguments of a proxy message) copy the non-global part of
///    the graph into the receiving actor (`Blessing.swift`). The genesis result is
///    copied back into the global actor the same way.
/// 3. While actor mode is on, no actor but the global one (which is suspended) may
///    change a globally reachable object (`Reachability.swift`), so the global heap
///    is read-only and needs no lock, and an actor's collection never looks at it.
/// 4. Actor objects (the genesis's handles) and proxies (a regular actor's handles)
///    name their actor by id; they are never blessed into another actor.
/// `DebugSwitches.verifyIsolation` checks rules 1–2 at every store and collection.
public final class Actor {
    /// What an actor is (actors.md §2).
    public enum Role: Sendable {
        /// Runs the entry script and all code outside actor mode. Id 0.
        case global
        /// Created by `_Genesis:`; schedules the others.
        case genesis
        /// Created by `_ActorSpawn:`.
        case regular
    }

    /// The actor's id: 0 for the global actor, then increasing, never reused.
    public let id: Int
    public let role: Role
    /// Registers and frames, while the actor is suspended (while it runs, the VM
    /// holds them: `VirtualMachine.stack`). Frame 0 of a genesis or regular actor runs
    /// its entry method (`FrameFlags.actorEntry`).
    public internal(set) var stack: ExecutionStack
    /// Whether this actor is the running one (its stack is then the VM's).
    var isRunning = false
    /// The VM, whose `stack` is this actor's while it runs.
    unowned(unsafe) var machine: VirtualMachine?
    /// Where this actor's objects live.
    public let heap: Heap
    /// The object that is `self` for the entry method and every message (a value of
    /// this actor's heap).
    var context: Value = .empty
    /// Messages waiting to be handled, oldest first.
    var mailbox = Mailbox()
    /// Why the actor last stopped (actors.md §3).
    var yieldReason: YieldReason = .none
    /// The managed descriptor the actor is blocked on (reason blocked), else `.empty`.
    var blockedFD: Value = .empty
    /// The monotonic time in nanoseconds the actor asked to sleep until with
    /// `_ActorYieldUntil:`, or `.empty` when its last stop was not a timed yield.
    var wakeTime: Value = .empty
    /// Whether the actor stopped in `_ActorWaitForMessage` and no message has come
    /// since (the next message to it puts it on the session's woken list).
    var waitsForMessage = false
    /// The id of the actor that sent the message being handled, or nil.
    var currentSender: Int?
    /// The selector `_ActorSetEntrypoint:` stored (a byte array), or `.empty`.
    var entrypoint: Value = .empty
    /// The register (an index into `stack.registers`) that receives the value of the
    /// send this actor is suspended in: the pending `_ActorResume` of the genesis, the
    /// pending `_Genesis:` of the global actor.
    var pendingResult = 0

    init(id: Int, role: Role, stack: ExecutionStack, heap: Heap) {
        self.id = id
        self.role = role
        self.stack = stack
        self.heap = heap
    }

    deinit {
        // While an actor runs, the VM's copy of its stack is the live one.
        if !isRunning { stack.deallocate() }
    }

    /// Whether the actor can never run again.
    var isFinished: Bool { yieldReason == .runtimeError || yieldReason == .dead }

    /// Every value the actor holds outside its stack, for its heap's collector.
    func visitRoots(_ visit: (UnsafeMutablePointer<Value>) -> Void) {
        visit(&context)
        visit(&blockedFD)
        visit(&entrypoint)
        mailbox.visitRoots(visit)
        for id in blockedHandles.keys { visit(&blockedHandles[id]!.handle) }
    }

    /// The genesis only: for each actor id, the genesis's handle for the descriptor
    /// that actor is (or was last) blocked on, with the descriptor's table entry, so
    /// that `_ActorBlockedFD` answers the same object each time it is asked about the
    /// same descriptor. An entry goes when its actor dies.
    var blockedHandles: [Int: (entry: Int, handle: Value)] = [:]
}

extension Actor: HeapRoots {
    /// The roots of the actor's heap: its registers and its record.
    public func visitRoots(youngOnly: Bool, _ visit: (UnsafeMutablePointer<Value>) -> Void) {
        if isRunning, let machine { machine.stack.visitRoots(visit) } else { stack.visitRoots(visit) }
        visitRoots(visit)
    }
}

/// Why an actor last stopped running (actors.md §3). The numbers are part of the
/// interface: the world mirrors them as `std actor yieldReason`.
public enum YieldReason: Int, Sendable {
    case none = 0
    case runtimeError = 1
    case blocked = 2
    case yielded = 3
    case dead = 4
    case actorSpawned = 5
}

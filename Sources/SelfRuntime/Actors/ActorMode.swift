/// The state of one actor-mode session, from `_Genesis:` until the genesis's entry
/// method returns or fails (actors.md §2): the genesis and every actor spawned since.
final class ActorMode {
    /// The genesis actor.
    let genesis: Actor
    /// Every actor of the session by id − `firstID` (the genesis first). A finished
    /// actor's record is replaced by the shared tombstone of its yield reason, so that
    /// the genesis can still ask why it stopped while a long-running session (a
    /// server spawning an actor per connection) keeps one word per finished actor.
    var actors: [Actor] = []
    /// The genesis's id; the others follow it.
    let firstID: Int

    /// Ids of the actors that were waiting for a message and got one, oldest first:
    /// `woken[wokenHead..<wokenTail]`, until the genesis takes them
    /// (`_ActorNextWoken`). The buffer is reused once it has been emptied.
    private var woken: [Int] = []
    private var wokenHead = 0
    private var wokenTail = 0

    /// Puts a waiting actor that got a message on the woken list.
    func wake(_ id: Int) {
        if wokenTail < woken.count { woken[wokenTail] = id } else { woken.append(id) }
        wokenTail += 1
    }

    /// Takes the oldest woken actor's id off the list.
    func nextWoken() -> Int? {
        guard wokenHead < wokenTail else { return nil }
        let id = woken[wokenHead]
        wokenHead += 1
        if wokenHead == wokenTail {
            wokenHead = 0
            wokenTail = 0
        }
        return id
    }

    init(genesis: Actor) {
        self.genesis = genesis
        firstID = genesis.id
        actors.append(genesis)
    }

    /// The actor with this id, if it belongs to this session (a tombstone if it has
    /// finished).
    func actor(_ id: Int) -> Actor? {
        let index = id - firstID
        return index >= 0 && index < actors.count ? actors[index] : nil
    }

    /// Replaces the record of a finished actor by `tombstone`.
    func bury(_ id: Int, under tombstone: Actor) {
        let index = id - firstID
        if index >= 0 && index < actors.count { actors[index] = tombstone }
    }
}

/// What stands for finished actors in a session's table: one record per yield reason
/// (dead, runtimeError), with no stack, heap or mailbox to speak of.
struct Tombstones {
    let dead: Actor
    let failed: Actor

    init(maximumFrames: Int) {
        func make(_ reason: YieldReason) -> Actor {
            let actor = Actor(
                id: -1, role: .regular, stack: ExecutionStack(maximumFrames: 0, registerCapacity: 1, frameCapacity: 1),
                heap: Heap(actor: -1, budget: MemoryBudget(limit: Int.max)))
            actor.yieldReason = reason
            return actor
        }
        dead = make(.dead)
        failed = make(.runtimeError)
    }
}

extension VirtualMachine {
    /// Whether actor mode is on.
    public var isInActorMode: Bool { actorMode != nil }

    /// Whether the running actor is a regular one, so that a blocking primitive that
    /// gets EAGAIN may suspend it (`PrimitiveResult.block`) and sockets it creates are
    /// non-blocking (primitives.md §1.6).
    public var canBlockActor: Bool { current.role == .regular }

    /// Makes `actor` the running one: the interpreter continues on its stack, and
    /// allocation goes to its heap. The caller's loop reloads its state afterwards.
    func switchTo(_ actor: Actor) {
        let previous = current
        previous.stack = stack
        previous.isRunning = false
        current = actor
        stack = actor.stack
        actor.isRunning = true
        memory.heap = actor.heap
    }

    /// A new actor with the next id, small stacks, and (for all but the global actor)
    /// a heap of its own.
    func makeActor(role: Actor.Role) -> Actor {
        let id = nextActorID
        nextActorID += 1
        let stack = ExecutionStack(
            maximumFrames: stack.maximumFrames, registerCapacity: ExecutionStack.actorRegisterCapacity,
            frameCapacity: ExecutionStack.actorFrameCapacity)
        let actor = Actor(id: id, role: role, stack: stack, heap: makeActorHeap(id: id))
        actor.machine = self
        configureActorHeap(of: actor)
        return actor
    }

    /// Ends actor mode: every actor is abandoned (actors.md §4.1), their memory freed,
    /// and the global actor runs again.
    func leaveActorMode() {
        guard let mode = actorMode else { return }
        actorMode = nil
        switchTo(globalActor)
        for actor in mode.actors where actor.id >= 0 { releaseActor(actor) }
    }

    /// Frees what a finished actor holds: its stacks, mailbox and heap; its record
    /// gives way to a tombstone.
    func releaseActor(_ actor: Actor) {
        guard actor.id >= 0 else { return }
        if let mode = actorMode {
            mode.genesis.blockedHandles[actor.id] = nil
            if actor.isFinished {
                mode.bury(actor.id, under: actor.yieldReason == .dead ? tombstones.dead : tombstones.failed)
            }
        }
        actor.mailbox.release()
        actor.stack.release()
        actor.context = .empty
        actor.blockedFD = .empty
        actor.entrypoint = .empty
        releaseActorHeap(actor.heap)
    }

    /// Abandons actor mode if a run ended inside it (an error in the genesis, `_Exit:`
    /// in the test harness, an interrupted REPL input), so that the global actor is
    /// running afterwards.
    public func resetActorMode() {
        leaveActorMode()
    }

    /// Empties the running stack (the harness, after a test that left frames).
    public func resetStack() {
        stack.reset()
    }
}

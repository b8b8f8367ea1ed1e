/// Running actors: entering and leaving actor mode, resuming an actor (a context
/// switch: the interpreter simply continues on the other actor's stack, so the Swift
/// stack never nests), stopping it again, and its mailbox (actors.md §3, §4).
extension VirtualMachine {
    // MARK: - Actor mode

    /// `_Genesis:` after its checks: blesses the receiver into a new genesis actor and
    /// starts its entry method; the global actor waits in register `base`.
    func enterActorMode(receiver: Value, method: ObjectRef, base: Int) -> PrimitiveResult {
        // Nothing global may move while actors run: actors point into the global heap
        // without its collector knowing (isolation rule 3).
        let receiverHandle = memory.heap.protect(receiver)
        let methodHandle = memory.heap.protect(method.value)
        memory.globalHeap.collectYoung()
        let receiver = memory.heap.handles[receiverHandle]
        let method = memory.heap.handles[methodHandle]
        memory.heap.handles.removeLast(2)
        let genesis = makeActor(role: .genesis)
        // The scheduler allocates on every turn: it starts with a nursery it will
        // not outgrow soon.
        genesis.heap.initialNurseryBytes = Heap.actorNurseryBusyBytes
        let mode = ActorMode(genesis: genesis)
        actorMode = mode
        // The receiver and the entry method (unless shared, as prebuilt methods are)
        // become the genesis's own copies.
        let entry: ObjectRef
        switch (bless(receiver, into: genesis), bless(method, into: genesis)) {
        case (.failure(let failure), _), (_, .failure(let failure)):
            leaveActorMode()
            return .error(failure.message)
        case (.success(let context), .success(let entryCopy)):
            genesis.context = context
            entry = entryCopy.object
        }
        globalActor.pendingResult = base
        switchTo(genesis)
        if let message = startEntryMethod(entry, of: genesis) {
            leaveActorMode()
            return .error(message)
        }
        return .switched
    }

    /// The genesis's entry method returned `value`: actor mode ends, and `_Genesis:`
    /// answers a copy of `value` in the global actor (actors.md §4.1 step 6, with the
    /// SHOULD fix: the value is blessed back).
    func genesisEnded(_ value: Value, stopDepth: Int) -> ExecutionEnd? {
        let result = bless(value, into: globalActor)
        leaveActorMode()
        switch result {
        case .success(let copy):
            stack.registers[globalActor.pendingResult] = copy
            return nil
        case .failure(let failure):
            // The genesis is gone, so the error is the global actor's own, raised at
            // its `_Genesis:` send.
            return raise(failure.message, stopDepth: stopDepth)
        }
    }

    /// Pushes frame 0 of `actor` (the running actor must be `actor`): its entry
    /// method with the actor's context as `self`.
    func startEntryMethod(_ method: ObjectRef, of actor: Actor) -> String? {
        let reserved = reserveFrame(registersUpTo: FrameLayout.firstArgument)
        if let reserved { return reserved }
        stack.registers[0] = actor.context
        if let message = activateMethod(method, base: 0, argumentCount: 0) { return message }
        stack.frames[stack.frameCount - 1].flags |= FrameFlags.actorEntry
        return nil
    }

    // MARK: - Resuming

    /// `_ActorResume` after its checks: the genesis waits in register `base` (nil in
    /// advance), and `actor` runs its mailbox, then continues where it stopped.
    func resume(_ actor: Actor, base: Int) -> PrimitiveResult {
        let genesis = current
        stack.registers[base] = memory.nilValue
        genesis.pendingResult = base
        actor.yieldReason = .none
        actor.wakeTime = .empty
        actor.blockedFD = .empty
        actor.waitsForMessage = false
        switchTo(actor)
        actor.heap.collectIfDue()
        if let message = startNextMessage() { return .error(message) }
        return .switched
    }

    /// Starts handling the oldest message of the running actor, if any: its method
    /// runs on a new frame above the actor's stack, with the context as `self`.
    /// Answers an error message if the frame cannot be pushed.
    func startNextMessage() -> String? {
        let actor = current
        guard let message = actor.mailbox.first() else {
            actor.currentSender = nil
            return nil
        }
        let base = stack.registerTop()
        if let overflow = reserveFrame(registersUpTo: base + FrameLayout.firstArgument + message.argumentCount) {
            return overflow
        }
        stack.registers[base] = actor.context
        actor.mailbox.removeFirst(copyingArgumentsTo: stack.registers + base + FrameLayout.firstArgument)
        actor.currentSender = message.sender
        if let failure = activateMethod(message.method.object, base: base, argumentCount: message.argumentCount) {
            return failure
        }
        stack.frames[stack.frameCount - 1].flags |= FrameFlags.message
        return nil
    }

    // MARK: - Stopping

    /// The running actor stops with `reason`; the genesis continues, its pending
    /// `_ActorResume` answering `result`.
    func stopRunningActor(_ reason: YieldReason, genesisResult result: Value) {
        let actor = current
        actor.yieldReason = reason
        guard let genesis = actorMode?.genesis else { return }
        switchTo(genesis)
        stack.registers[genesis.pendingResult] = result
    }

    /// Whether the running regular actor may stop now. It may not inside a message
    /// handler (the actor dies: actors.md §4.3) or inside a spawn method (the
    /// `_ActorSpawn:` fails: §4.2). Answers nil when it may; otherwise unwinds as
    /// needed and answers the error to raise.
    func refuseSuspension() -> String? {
        var index = stack.frameCount - 1
        while index >= 0 {
            let flags = stack.frames[index].flags
            if flags & FrameFlags.spawnBoundary != 0 {
                // The spawn method is abandoned; the error is the `_ActorSpawn:` send's.
                stack.frameCount = index
                current.entrypoint = .empty
                return "The actor spawn activation caused an actor switch"
            }
            if flags & FrameFlags.message != 0 { return "Actor message caused actor switch" }
            if flags & FrameFlags.actorEntry != 0 { return nil }
            index -= 1
        }
        return nil
    }

    /// `_ActorYield` and `_ActorYieldUntil:` in a regular actor: the send answers nil
    /// when the actor is resumed.
    func yieldRunningActor(base: Int, wakeTime: Value) -> PrimitiveResult {
        if let refusal = refuseSuspension() { return .error(refusal) }
        stack.registers[base] = memory.nilValue
        current.wakeTime = wakeTime
        stopRunningActor(.yielded, genesisResult: memory.nilValue)
        return .switched
    }

    /// `_ActorWaitForMessage`: stops the actor like `_ActorYield`, and, when its mailbox
    /// is empty, marks it waiting, so that a scheduler can leave it aside until a
    /// message comes (`_ActorWaitsForMessage`, `_ActorNextWoken`).
    func waitForMessage(base: Int) -> PrimitiveResult {
        let actor = current
        let result = yieldRunningActor(base: base, wakeTime: .empty)
        if case .switched = result { actor.waitsForMessage = actor.mailbox.isEmpty }
        return result
    }

    /// `_ActorNextWoken`: a new actor object for the oldest actor that got a message
    /// while waiting, taken off the woken list, or nil when there is none.
    func takeWokenActor() -> Value {
        guard let id = actorMode?.nextWoken() else { return memory.nilValue }
        return makeActorHandle(.actorObject, for: id)
    }

    /// A blocking primitive got EAGAIN on `descriptor` (`PrimitiveResult.block`): the
    /// actor stops with reason blocked, and its top frame will run the instruction
    /// that called the primitive again (actors.md §4.7).
    func blockActor(on descriptor: Value, base: Int, stopDepth: Int) -> ExecutionEnd? {
        guard current.role == .regular else {
            return raise("Internal error: a primitive blocked outside a regular actor", stopDepth: stopDepth)
        }
        if let refusal = refuseSuspension() { return raise(refusal, stopDepth: stopDepth) }
        stack.frames[stack.frameCount - 1].pc -= 1
        current.blockedFD = descriptor
        stopRunningActor(.blocked, genesisResult: memory.nilValue)
        return nil
    }

    // MARK: - Frames that end an actor's work

    /// A frame with `FrameFlags` (or the global actor's frame at `stopDepth`) ended
    /// with `value`; it is already popped. Answers how execution ends, or nil to go
    /// on with the (possibly different) running actor's top frame.
    func frameEnded(_ frame: Frame, value: Value, stopDepth: Int) -> ExecutionEnd? {
        if frame.flags & FrameFlags.message != 0 {
            if let message = startNextMessage() { return raise(message, stopDepth: stopDepth) }
            return nil
        }
        if frame.flags & FrameFlags.spawnBoundary != 0 {
            return finishSpawn(spawnMethodFrame: frame, context: value, stopDepth: stopDepth)
        }
        if frame.flags & FrameFlags.actorEntry != 0 {
            if current.role == .genesis { return genesisEnded(value, stopDepth: stopDepth) }
            let actor = current
            stopRunningActor(.dead, genesisResult: memory.nilValue)
            releaseActor(actor)
            return nil
        }
        if current.role == .global && stack.frameCount == stopDepth { return .finished(value) }
        return nil
    }

    // MARK: - Errors

    /// A runtime error in the genesis or a regular actor (actors.md §7): in a spawn
    /// method it unwinds to the `_ActorSpawn:`, which answers nil; in a regular actor
    /// it kills the actor; in the genesis it ends actor mode and the entry script.
    func raiseInActor(_ message: String, stopDepth: Int) -> ExecutionEnd? {
        let actor = current
        // Ctrl-C stops the whole evaluation, not just the actor that happened to run:
        // actor mode ends as after an error in the genesis.
        let interrupted = message == VirtualMachine.interruptedMessage
        var index = interrupted ? -1 : stack.frameCount - 1
        while index >= 0 {
            let flags = stack.frames[index].flags
            if flags & FrameFlags.stepEvaluation != 0 {
                report(
                    "Received error while evaluating string: ", message, actorLine(actor) + stackTrace(from: index))
                let resultIndex = stack.frames[index].resultIndex
                stack.frameCount = index
                stack.registers[resultIndex] = memory.nilValue
                stepShowsResult = false
                return nil
            }
            if flags & FrameFlags.spawnBoundary != 0 {
                report(
                    "Received error at top level while spawning actor: ", message,
                    actorLine(actor) + stackTrace(from: index))
                let spawnBase = stack.frames[index].base - FrameLayout.firstArgument - 1
                stack.frameCount = index
                stack.registers[spawnBase] = memory.nilValue
                actor.entrypoint = .empty
                return nil
            }
            if flags & (FrameFlags.message | FrameFlags.actorEntry) != 0 { break }
            index -= 1
        }
        let trace = actorLine(actor) + stackTrace(from: 0)
        if actor.role == .genesis || interrupted {
            report(interrupted ? topLevelErrorPrefix : "Received error at top level: ", message, trace)
            leaveActorMode()
            stack.frameCount = stopDepth
            return .failed(RuntimeError(message: message, trace: trace))
        }
        report("Actor received error at top level: ", message, trace)
        stopRunningActor(.runtimeError, genesisResult: memory.nilValue)
        releaseActor(actor)
        return nil
    }

    /// The line of a report that names the actor (cli.md §4.2 leaves room for it).
    func actorLine(_ actor: Actor) -> String {
        switch actor.role {
        case .global: ""
        case .genesis: "  in the genesis actor (#\(actor.id))\n"
        case .regular: "  in actor #\(actor.id)\n"
        }
    }
}

/// Actor primitives (primitives.md §3.6, actors.md §4): the checks of where each may
/// be used and of its arguments. The work is done in `Actors/`.
enum ActorPrimitives {
    static let entries: [(name: String, function: PrimitiveFunction)] = [
        ("Genesis:", { vm, base, _ in genesis(vm, base) }),
        ("ActorSpawn:", { vm, base, _ in spawn(vm, base) }),
        ("SchedulerWillResume:", { vm, base, _ in VirtualMachine.schedulerWillResume(vm, base) }),
        ("SchedulerStepped:", { vm, base, _ in VirtualMachine.schedulerStepped(vm, base) }),
        (
            "ActorSetEntrypoint:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    guard vm.isInActorMode else {
                        throw PrimitiveFailure("_ActorSetEntrypoint: sent outside of actor mode")
                    }
                    let selector = try vm.object(vm.argument(base, 0), .byteArray, 0, "_ActorSetEntrypoint:").get()
                    vm.current.entrypoint = selector.value
                    return .value(vm.memory.nilValue)
                }
            }
        ),
        (
            "ActorResume",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let actor = try genesisTarget(vm, base, "_ActorResume")
                    switch actor.yieldReason {
                    case .runtimeError: throw PrimitiveFailure("Attempting to resume actor with error")
                    case .dead: throw PrimitiveFailure("Attempting to raise the dead from the grave")
                    default: return vm.resume(actor, base: base)
                    }
                }
            }
        ),
        (
            "ActorYieldReason",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let actor = try genesisTarget(vm, base, "_ActorYieldReason")
                    return .value(Value(integer: Int64(actor.yieldReason.rawValue)))
                }
            }
        ),
        (
            "ActorBlockedFD",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let actor = try genesisTarget(vm, base, "_ActorBlockedFD")
                    guard actor.yieldReason == .blocked, actor.blockedFD.isObject else {
                        throw PrimitiveFailure("_ActorBlockedFD sent to an actor that wasn't blocked")
                    }
                    return .value(vm.handOver(actor.blockedFD, of: actor))
                }
            }
        ),
        (
            "ActorWakeTime",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let actor = try genesisTarget(vm, base, "_ActorWakeTime")
                    return .value(
                        actor.wakeTime.isInteger && actor.wakeTime != .empty ? actor.wakeTime : vm.memory.nilValue)
                }
            }
        ),
        (
            "ActorYield",
            { vm, base, _ in
                guard vm.current.role == .regular else { return .error("_ActorYield sent outside of a regular actor") }
                return vm.yieldRunningActor(base: base, wakeTime: .empty)
            }
        ),
        (
            "ActorYieldUntil:",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    guard vm.current.role == .regular else {
                        throw PrimitiveFailure("_ActorYieldUntil: sent outside of a regular actor")
                    }
                    let deadline = try vm.integer(vm.argument(base, 0), 0, "_ActorYieldUntil:").get()
                    return vm.yieldRunningActor(base: base, wakeTime: Value(integer: deadline))
                }
            }
        ),
        (
            "ActorWaitForMessage",
            { vm, base, _ in
                guard vm.current.role == .regular else {
                    return .error("_ActorWaitForMessage sent outside of a regular actor")
                }
                return vm.waitForMessage(base: base)
            }
        ),
        (
            "ActorWaitsForMessage",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let actor = try genesisTarget(vm, base, "_ActorWaitsForMessage")
                    return .value(vm.memory.boolean(actor.waitsForMessage))
                }
            }
        ),
        (
            "ActorNextWoken",
            { vm, _, _ in
                guard vm.current.role == .genesis else {
                    return .error("_ActorNextWoken sent outside of the genesis actor")
                }
                return .value(vm.takeWokenActor())
            }
        ),
        (
            "ActorID",
            { vm, base, _ in
                primitive { () throws(PrimitiveFailure) in
                    let actor = try vm.object(vm.receiver(base), .actorObject, -1, "_ActorID").get()
                    return .value(actor[word: 2])
                }
            }
        ),
        (
            "ActorSender",
            { vm, base, _ in
                guard vm.current.role == .regular else { return .error("_ActorSender sent outside of a regular actor") }
                guard let sender = vm.current.currentSender else {
                    return .error("_ActorSender sent outside of a message")
                }
                return .value(vm.makeActorHandle(.actorProxy, for: sender))
            }
        ),
    ]

    /// `_Genesis:` (actors.md §4.1).
    static func genesis(_ vm: VirtualMachine, _ base: Int) -> PrimitiveResult {
        primitive { () throws(PrimitiveFailure) in
            guard !vm.isInActorMode else { throw PrimitiveFailure("_Genesis: sent while the VM is in actor mode") }
            let receiver = try vm.object(vm.receiver(base), .slots, -1, "_Genesis:").get()
            let selector = try vm.object(vm.argument(base, 0), .byteArray, 0, "_Genesis:").get()
            switch try vm.findActorMethod(vm.memory.string(selector.value), on: receiver.value).get() {
            case .constant(let value):
                // Quirk (actors.md §4.1 step 3): the constant, without actor mode.
                return .value(value)
            case .method(let method):
                return vm.enterActorMode(receiver: receiver.value, method: method, base: base)
            }
        }
    }

    /// `_ActorSpawn:` (actors.md §4.2).
    static func spawn(_ vm: VirtualMachine, _ base: Int) -> PrimitiveResult {
        primitive { () throws(PrimitiveFailure) in
            guard vm.isInActorMode else {
                throw PrimitiveFailure("_ActorSpawn: sent while the VM is not in actor mode")
            }
            let receiver = try vm.object(vm.receiver(base), .slots, -1, "_ActorSpawn:").get()
            let selector = try vm.object(vm.argument(base, 0), .byteArray, 0, "_ActorSpawn:").get()
            return vm.startSpawn(receiver: receiver.value, selector: selector.value, base: base)
        }
    }

    /// The actor named by the receiver of a genesis-only primitive. (The scheduler
    /// sends these on every turn: the common case is checked before any message is
    /// built.)
    static func genesisTarget(_ vm: VirtualMachine, _ base: Int, _ name: @autoclosure () -> String)
        throws(PrimitiveFailure) -> Actor
    {
        let receiver = vm.receiver(base)
        if vm.current.role == .genesis, let mode = vm.actorMode, vm.memory.isKind(receiver, .actorObject),
            let actor = mode.actor(Int(receiver.object[word: 2].integer))
        {
            return actor
        }
        guard vm.current.role == .genesis, vm.actorMode != nil else {
            throw PrimitiveFailure("\(name()) sent outside of the genesis actor")
        }
        _ = try vm.object(receiver, .actorObject, -1, name()).get()
        throw PrimitiveFailure("\(name()) sent to an actor of an earlier actor mode")
    }
}

extension VirtualMachine {
    /// The blocked actor's managed descriptor, for the genesis (`_ActorBlockedFD`): a
    /// handle of the genesis's own for the same descriptor, since the genesis may not
    /// hold the blocked actor's object (isolation), and the same one each time for
    /// the same descriptor. No program can tell it from the actor's own handle: the
    /// genesis has no other reference to compare it with.
    func handOver(_ descriptor: Value, of actor: Actor) -> Value {
        let entry = Int(descriptor.object[word: 2].integer)
        if let known = actorMode?.genesis.blockedHandles[actor.id], known.entry == entry { return known.handle }
        let handle = copyManagedFD(descriptor.object)
        actorMode?.genesis.blockedHandles[actor.id] = (entry, handle)
        return handle
    }
}

/// `_ActorSpawn:` (actors.md §4.2): the spawn method runs in the spawning actor, on a
/// frame marked `FrameFlags.spawnBoundary`, as an ordinary nested call of the same
/// dispatch loop; when it returns, `finishSpawn` makes the new actor.
///
/// Registers of the `_ActorSpawn:` send, at `base`: the receiver, two unused, the
/// spawn selector (base + 3); the spawn method's frame starts at base + 4, so that
/// both survive it.
extension VirtualMachine {
    /// What a selector names on an actor's receiver or context, for `_Genesis:` and
    /// `_ActorSpawn:` (actors.md §4.1 step 3, §4.2 steps 2 and 5).
    enum ActorMethod {
        case method(ObjectRef)
        case constant(Value)
    }

    /// Looks up `name` on `receiver` and checks that it names a unary method.
    func findActorMethod(_ name: String, on receiver: Value) -> Result<ActorMethod, PrimitiveFailure> {
        let selector = memory.selectors.intern(name)
        let result = lookup(selector, in: receiver)
        switch result.kind {
        case .notFound:
            return .failure(PrimitiveFailure("Unknown selector \"\(name)\""))
        case .constant:
            return .success(.constant(result.value))
        case .method, .primitiveMethod, .identityPrimitive, .arrayAtPrimitive, .arrayAtPutPrimitive:
            let method = result.value.object
            if codeInfo(of: method).pointee.argumentCount != 0 {
                return .failure(PrimitiveFailure("Spawning actor with non-unary method '\(name)' not permitted"))
            }
            return .success(.method(method))
        default:
            return .failure(PrimitiveFailure("Spawning actor with non-unary method '\(name)' not permitted"))
        }
    }

    /// `_ActorSpawn:` after its argument checks: runs the spawn method.
    func startSpawn(receiver: Value, selector: Value, base: Int) -> PrimitiveResult {
        // A regular actor stops when it spawns, which a message handler or a spawn
        // method may not do: refused before anything runs.
        if current.role == .regular, let refusal = refuseSuspension() { return .error(refusal) }
        // A selector left by an earlier spawn must not satisfy this one (the SHOULD
        // fix of actors.md §4.2 step 4).
        current.entrypoint = .empty
        switch findActorMethod(memory.string(selector), on: receiver) {
        case .failure(let failure):
            return .error(failure.message)
        case .success(.constant):
            return .error(
                "The actor spawn message pointed to a non-method slot. This is not allowed as the spawned actor "
                    + "does not own that value.")
        case .success(.method(let method)):
            let frameBase = base + FrameLayout.firstArgument + 1
            if let message = reserveFrame(registersUpTo: frameBase + FrameLayout.firstArgument) {
                return .error(message)
            }
            stack.registers[frameBase] = receiver
            if let message = activateMethod(method, base: frameBase, argumentCount: 0) { return .error(message) }
            stack.frames[stack.frameCount - 1].flags |= FrameFlags.spawnBoundary
            return .pushed
        }
    }

    /// The spawn method returned `context`: checks the entry point, makes the actor,
    /// blesses the context into it, and answers an actor object (in the genesis) or
    /// a proxy (in a regular actor, which then stops with reason actorSpawned).
    func finishSpawn(spawnMethodFrame frame: Frame, context: Value, stopDepth: Int) -> ExecutionEnd? {
        let spawner = current
        let base = frame.base - FrameLayout.firstArgument - 1
        let receiver = stack.registers[base]
        guard spawner.entrypoint.isObject else {
            return raise(
                "The actor did not set an entrypoint selector during its spawn activation", stopDepth: stopDepth)
        }
        let entryName = memory.string(spawner.entrypoint)
        spawner.entrypoint = .empty
        let method: ObjectRef
        switch findActorMethod(entryName, on: receiver) {
        case .failure(let failure):
            return raise(failure.message, stopDepth: stopDepth)
        case .success(.constant(let value)):
            // Quirk (actors.md §4.2 step 5): the constant is the answer; no actor.
            stack.registers[base] = value
            return nil
        case .success(.method(let found)):
            method = found
        }
        guard let mode = actorMode else {
            return raise("_ActorSpawn: sent while the VM is not in actor mode", stopDepth: stopDepth)
        }
        let actor = makeActor(role: .regular)
        // The entry method was found on the spawner's receiver: unless it is shared
        // (prebuilt methods are), the new actor runs its own copy.
        let entry: ObjectRef
        switch (bless(context, into: actor), bless(method.value, into: actor)) {
        case (.failure(let failure), _), (_, .failure(let failure)):
            releaseActor(actor)
            return raise(failure.message, stopDepth: stopDepth)
        case (.success(let copy), .success(let entryCopy)):
            actor.context = copy
            entry = entryCopy.object
        }
        mode.actors.append(actor)
        switchTo(actor)
        let started = startEntryMethod(entry, of: actor)
        switchTo(spawner)
        if let started {
            actor.yieldReason = .runtimeError
            releaseActor(actor)
            return raise(started, stopDepth: stopDepth)
        }
        if spawner.role == .genesis {
            stack.registers[base] = makeActorHandle(.actorObject, for: actor.id)
            return nil
        }
        stack.registers[base] = makeActorHandle(.actorProxy, for: actor.id)
        let genesis = mode.genesis
        switchTo(genesis)
        let handle = makeActorHandle(.actorObject, for: actor.id)
        switchTo(spawner)
        stopRunningActor(.actorSpawned, genesisResult: handle)
        return nil
    }

    /// A new actor object or proxy in the running actor's heap.
    func makeActorHandle(_ kind: ObjectKind, for id: Int) -> Value {
        let map = kind == .actorObject ? memory.known.actorObjectMap : memory.known.actorProxyMap
        return memory.heap.allocate(kind, words: 3, map: map, fill: Value(integer: Int64(id))).value
    }
}

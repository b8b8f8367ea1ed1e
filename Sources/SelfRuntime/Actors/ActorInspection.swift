import SelfSyntax

/// Looking at actor mode from outside, for the REPL's stepping mode (docs/repl.md,
/// "Stepping through actors"): the actors of the running session, their mailboxes,
/// and a hook the world's scheduler calls before each resume when
/// `std scheduler stepping` is true (`_SchedulerWillResume:` and `_SchedulerStepped:`,
/// this VM's extensions).
///
/// The scheduling policy stays the world's Self code: the hook only lets the shell
/// hold a prompt between resumes, and answer whether to go on or abort.
public struct ActorSummary: Sendable {
    /// What an actor is doing, as far as the VM knows (the queues are the scheduler's).
    public enum State: String, Sendable {
        /// The genesis: it runs the scheduler.
        case scheduling
        /// Yielded, or never run yet: it can be resumed.
        case ready
        /// Waiting for a message (`_ActorWaitForMessage`).
        case waiting
        /// Blocked on a descriptor.
        case blocked
        /// Yielded until a time (`_ActorYieldUntil:`).
        case sleeping
        /// Its entry method returned.
        case dead
        /// A runtime error ended it.
        case failed
    }

    public let id: Int
    public let state: State
    /// Why it last stopped (`yielded`, `blocked`, `actorSpawned`, …), or `none`.
    public let lastYield: String
    /// Messages waiting in its mailbox.
    public let mailboxSize: Int
    /// Its context (the `self` of its entry method): a value of its own heap, to be
    /// read at once (it moves when that heap collects).
    public let context: Value
}

/// One waiting message.
public struct ActorMessage {
    /// The sending actor's id.
    public let sender: Int
    /// The selector of the method found at send time.
    public let selector: String
    /// The arguments, already copied into the receiver's heap: to be read at once.
    public let arguments: [Value]
}

/// What the shell answers at a stepping stop.
public enum StepDecision: Sendable {
    /// Resume the actor the scheduler chose.
    case resume
    /// Resume actor `id` instead (`resumable(_:)` must hold for it): the world's loop
    /// takes it out of its ready queue and puts its own choice back at the front. A
    /// replayed schedule and `pick` at the step prompt decide this way.
    case resumeInstead(Int)
    /// End actor mode: the genesis fails with "Actor mode aborted from the REPL".
    case abort
    /// Run this text in the genesis, its context as `self`, show the value
    /// (`stepResultObserver`) and stop again; `name` names it in reports.
    case evaluate(String, name: String)
}

extension VirtualMachine {
    /// The actors of the running actor-mode session, by id (finished ones included);
    /// empty outside actor mode.
    public func actorSummaries() -> [ActorSummary] {
        guard let mode = actorMode else { return [] }
        return (0..<mode.actors.count).compactMap { index in
            let id = mode.firstID + index
            guard let actor = mode.actor(id) else { return nil }
            return ActorSummary(
                id: id, state: state(of: actor), lastYield: "\(actor.yieldReason)",
                mailboxSize: actor.mailbox.count, context: actor.context)
        }
    }

    /// Whether actor `id` of the running session could be resumed now (it is `ready`):
    /// what `StepDecision.resumeInstead` needs.
    public func resumable(_ id: Int) -> Bool {
        guard let actor = actorMode?.actor(id) else { return false }
        return state(of: actor) == .ready
    }

    private func state(of actor: Actor) -> ActorSummary.State {
        if actor.role == .genesis { return .scheduling }
        switch actor.yieldReason {
        case .dead: return .dead
        case .runtimeError: return .failed
        case .blocked: return .blocked
        default:
            if actor.waitsForMessage { return .waiting }
            if actor.wakeTime != .empty { return .sleeping }
            return .ready
        }
    }

    /// The waiting messages of actor `id`, oldest first, or nil when there is no such
    /// actor in the running session.
    public func messages(ofActor id: Int) -> [ActorMessage]? {
        guard let actor = actorMode?.actor(id) else { return nil }
        return actor.mailbox.messages().map { message in
            let selector = code(ofMethod: message.method)?.name ?? "?"
            return ActorMessage(sender: message.sender, selector: selector, arguments: message.arguments)
        }
    }

    /// `_SchedulerWillResume: actor`: the world's scheduler is about to resume
    /// `actor`. The loop sends it as `[ _SchedulerStepped: (_SchedulerWillResume:
    /// actor) ] whileFalse`: this answers the actor to resume it (another one than
    /// `actor` when the shell picked it, which the loop resumes instead); or, for text typed
    /// at the prompt, runs that text in a frame of its own (`FrameFlags.stepEvaluation`,
    /// the genesis context as `self`), whose value becomes this send's, and
    /// `_SchedulerStepped:` shows it and stops again. With no observer set, nothing
    /// happens.
    static func schedulerWillResume(_ vm: VirtualMachine, _ base: Int) -> PrimitiveResult {
        let argument = vm.argument(base, 0)
        guard vm.current.role == .genesis, vm.memory.isKind(argument, .actorObject) else {
            return .error("_SchedulerWillResume: is for the genesis, with an actor object")
        }
        vm.stepAnswerPending = false
        guard let observer = vm.stepObserver else { return .value(argument) }
        switch observer(Int(argument.object[word: 2].integer)) {
        case .resume:
            return .value(argument)
        case .resumeInstead(let id):
            guard vm.resumable(id) else { return .error("_SchedulerWillResume: actor #\(id) cannot be resumed now") }
            return .value(vm.makeActorHandle(.actorObject, for: id))
        case .abort:
            return .error("Actor mode aborted from the REPL")
        case .evaluate(let text, let name):
            vm.stepAnswerPending = true
            vm.stepShowsResult = false
            let source = SourceFile(name: name, text: text)
            switch vm.compile(source, skipShebang: false, directory: ".") {
            case .failure(let failure):
                vm.reportCompilationFailure(failure)
                return .value(vm.memory.nilValue)
            case .success(let code):
                let frameBase = base + FrameLayout.firstArgument + 1
                if let message = vm.pushScriptFrame(
                    code.info, base: frameBase, resultIndex: base, flags: FrameFlags.stepEvaluation)
                {
                    return .error(message)
                }
                vm.stack.registers[frameBase + FrameLayout.selfRegister] = vm.receiver(base)
                vm.stepShowsResult = true
                return .pushed
            }
        }
    }

    /// `_SchedulerStepped: answer`: true when `answer` came from a decision to resume
    /// (the loop goes on to `_ActorResume`); otherwise it is the value of text run at
    /// the prompt, shown unless that text failed, and false makes the loop stop again.
    static func schedulerStepped(_ vm: VirtualMachine, _ base: Int) -> PrimitiveResult {
        guard vm.stepAnswerPending else { return .value(vm.memory.boolean(true)) }
        vm.stepAnswerPending = false
        if vm.stepShowsResult { vm.stepResultObserver?(vm.argument(base, 0)) }
        return .value(vm.memory.boolean(false))
    }
}

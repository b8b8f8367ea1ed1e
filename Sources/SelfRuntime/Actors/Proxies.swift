/// Messages through actor proxies (actors.md §5): looked up in the target's context
/// at send time, arguments blessed into the target, queued in its mailbox; the send
/// answers nil at once.
extension VirtualMachine {
    /// A send to the proxy at `base`.
    func sendThroughProxy(_ proxy: ObjectRef, selector: Int32, base: Int, argumentCount: Int) -> SendOutcome {
        guard current.role == .regular, let mode = actorMode else {
            return .failed("Actor proxies can only be sent messages by regular actors")
        }
        let name = memory.selectors.name(selector)
        if name == "self" {
            return .done
        }
        let targetID = Int(proxy[word: 2].integer)
        stack.registers[base] = memory.nilValue
        guard let target = mode.actor(targetID), !target.isFinished else {
            // Messages to a dead actor are dropped without an error.
            return .done
        }
        let found = lookup(selector, in: target.context)
        switch found.kind {
        case .constant:
            return .done
        case .method, .primitiveMethod:
            var arguments: [Value] = []
            arguments.reserveCapacity(argumentCount)
            for index in 0..<argumentCount {
                switch bless(stack.registers[base + FrameLayout.firstArgument + index], into: target) {
                case .success(let copy): arguments.append(copy)
                case .failure(let failure): return .failed(failure.message)
                }
            }
            target.mailbox.append(sender: current.id, method: found.value, arguments: arguments)
            return .done
        default:
            // Remote data slots can be neither read nor written.
            return .failed("Unknown selector \"\(name)\"")
        }
    }
}

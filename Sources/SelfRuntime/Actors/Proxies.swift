/// Messages through actor proxies (actors.md §5): looked up in the target's context
/// at send time, arguments blessed into the target, queued in its mailbox; the send
/// answers nil at once.
extension VirtualMachine {
    /// A send to the proxy at `base`, from send site `site`. The lookup in the target's
    /// context is cached in the site's inline cache under the context's map (a map
    /// no proxy has, so the interpreter's fast path never takes such an entry for a
    /// proxy; for a receiver of that map it is simply right).
    func sendThroughProxy(
        _ proxy: ObjectRef, site: UnsafeMutablePointer<SendSite>, base: Int, argumentCount: Int
    ) -> SendOutcome {
        let selector = site.pointee.selector
        guard current.role == .regular, let mode = actorMode else {
            return .failed("Actor proxies can only be sent messages by regular actors")
        }
        if selector == memory.selfSelector { return .done }
        let targetID = Int(proxy[word: 2].integer)
        stack.registers[base] = memory.nilValue
        guard let target = mode.actor(targetID), !target.isFinished else {
            // Messages to a dead actor are dropped without an error.
            return .done
        }
        let found = lookUpInContext(of: target, site: site)
        switch found.kind {
        case .constant:
            return .done
        case .method, .primitiveMethod, .identityPrimitive, .arrayAtPrimitive, .arrayAtPutPrimitive:
            // The copies are the target's: they go into a scratch buffer, never into
            // the sender's registers (its roots), then into the mailbox.
            let failure = withUnsafeTemporaryAllocation(of: Value.self, capacity: max(1, argumentCount)) {
                arguments -> String? in
                for index in 0..<argumentCount {
                    let argument = stack.registers[base + FrameLayout.firstArgument + index]
                    if !argument.isObject || argument.object.isGloballyReachable {
                        arguments[index] = argument
                        continue
                    }
                    switch bless(argument, into: target) {
                    case .success(let copy): arguments[index] = copy
                    case .failure(let failure): return failure.message
                    }
                }
                target.mailbox.append(
                    sender: current.id, method: found.value, arguments: arguments.baseAddress, count: argumentCount)
                return nil
            }
            if let failure { return .failed(failure) }
            if target.waitsForMessage {
                target.waitsForMessage = false
                mode.wake(target.id)
            }
            return .done
        default:
            // Remote data slots can be neither read nor written.
            return .failed("Unknown selector \"\(memory.selectors.name(selector))\"")
        }
    }

    /// What `site`'s selector names in `target`'s context, through the site's cache.
    private func lookUpInContext(of target: Actor, site: UnsafeMutablePointer<SendSite>) -> LookupResult {
        let map = memory.mapOf(target.context).value.raw
        if (site.pointee.cachedMap == map && site.pointee.cachedEpoch == lookupEpoch)
            || site.pointee.promote(map: map, epoch: lookupEpoch),
            site.pointee.cachedKind == LookupResult.Kind.method.rawValue
        {
            return LookupResult(
                kind: .method, value: site.pointee.cachedValue, index: 0, assignsParent: false, cacheable: true)
        }
        let found = lookup(site.pointee.selector, in: target.context)
        if found.kind == .method && found.cacheable && !target.heap.isYoung(found.value) {
            site.pointee.insert(
                CacheEntry(
                    map: map, epoch: lookupEpoch, kind: found.kind.rawValue, index: Int32(found.index),
                    value: found.value))
        }
        return found
    }
}

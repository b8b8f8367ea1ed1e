/// The slow paths of sending: lookup with inline-cache refill, pushing method and
/// block frames, non-local return, and building objects, methods and blocks.
/// What the dispatch loop does after a primitive.
enum PrimitiveStep {
    /// The value is in the receiver register; go on in the same frame.
    case stored
    /// Frames changed (a push, an error handled, an `IfFail:` send): reload the top frame.
    case reload
    /// Execution ends.
    case end(ExecutionEnd)
}

enum SendOutcome {
    /// The result is in the receiver register.
    case done
    /// A frame was pushed; the loop continues in it.
    case pushed
    /// A runtime error with this message.
    case failed(String)
}

extension VirtualMachine {
    // MARK: - Frames

    /// Reserves registers up to `end` and a frame slot; nil, or the error message.
    @inline(__always)
    func reserveFrame(registersUpTo end: Int) -> String? {
        if _slowPath(stack.frameCount >= stack.maximumFrames) {
            return "Stack overflow: more than \(stack.maximumFrames) activations"
        }
        // Every call is a safepoint for interrupts too, so that Ctrl-C (or the heaps'
        // limit) stops recursion that has no loop in it.
        if let message = safepoint() { return message }
        if _slowPath(end > stack.highWater) {
            // A stack deeper than ever before: where recursion that allocates without
            // any loop (and so without a back edge) meets the heaps' limit.
            let budget = memory.globalHeap.budget
            if _slowPath(budget.exhausted) {
                budget.exhausted = false
                return budget.message
            }
            if end > stack.registerCapacity { stack.growRegisters(toHold: end) }
            stack.highWater = end
        }
        if _slowPath(stack.frameCount >= stack.frameCapacity) { stack.growFrames() }
        return nil
    }

    @inline(__always)
    func pushFrame(_ code: UnsafeMutablePointer<CodeInfo>, base: Int, resultIndex: Int, flags: Int = 0) {
        stack.frames[stack.frameCount] = Frame(
            code: code, base: base, resultIndex: resultIndex, pc: 0, serial: 0, flags: flags)
        stack.frameCount += 1
    }

    /// Pushes a frame running `method` with receiver and arguments at `base`. With
    /// `keepContext` (inline methods) r1 was set by the caller.
    @inline(__always)
    func activateMethod(_ method: ObjectRef, base: Int, argumentCount: Int, keepContext: Bool = false) -> String? {
        let code = pointer(fromRawWord: method[word: 2]).assumingMemoryBound(to: CodeInfo.self)
        if let message = reserveFrame(registersUpTo: base + code.pointee.registerCount) { return message }
        let regs = stack.registers + base
        if !keepContext { regs[FrameLayout.contextRegister] = memory.nilValue }
        regs[FrameLayout.calleeRegister] = method.value
        let localCount = code.pointee.localCount
        if localCount > 0 {
            let firstLocal = FrameLayout.firstArgument + argumentCount
            for index in 0..<localCount { regs[firstLocal + index] = method[word: 3 + index] }
        }
        pushFrame(code, base: base, resultIndex: base)
        return nil
    }

    /// Pushes a frame running a block whose object is at `base` (its receiver).
    @inline(__always)
    func activateBlock(_ block: ObjectRef, base: Int) -> String? {
        let code = pointer(fromRawWord: block.map[word: MapLayout.code]).assumingMemoryBound(to: CodeInfo.self)
        let info = code.pointee
        if let message = reserveFrame(registersUpTo: base + info.registerCount) { return message }
        let regs = stack.registers + base
        regs[FrameLayout.selfRegister] = block[word: 2]
        regs[FrameLayout.contextRegister] = block[word: 3]
        regs[FrameLayout.calleeRegister] = block.value
        let firstLocal = FrameLayout.firstArgument + info.argumentCount
        for index in 0..<info.localCount { regs[firstLocal + index] = block[word: 6 + index] }
        pushFrame(code, base: base, resultIndex: base)
        return nil
    }

    /// Pushes a script frame: r0 the lobby, no context, no locals.
    func pushScriptFrame(_ code: UnsafeMutablePointer<CodeInfo>, base: Int, resultIndex: Int, flags: Int = 0)
        -> String?
    {
        if let message = reserveFrame(registersUpTo: base + code.pointee.registerCount) { return message }
        let regs = stack.registers + base
        regs[FrameLayout.selfRegister] = memory.known.lobby
        regs[FrameLayout.contextRegister] = memory.nilValue
        regs[FrameLayout.calleeRegister] = memory.nilValue
        pushFrame(code, base: base, resultIndex: resultIndex, flags: flags)
        return nil
    }

    // MARK: - Sending

    /// A send whose inline cache missed (or holds a kind the loop does not handle
    /// inline): looks up, refills the cache, and acts on the result.
    func performSend(site: UnsafeMutablePointer<SendSite>, base: Int) -> SendOutcome {
        let receiver = stack.registers[base]
        if _slowPath(receiver.isObject && receiver.object.kind == .actorProxy) {
            // Never cached: the answer depends on the target's context.
            return sendThroughProxy(
                receiver.object, site: site, base: base, argumentCount: Int(site.pointee.argumentCount))
        }
        let map = memory.mapOf(receiver)
        let selector = site.pointee.selector
        var result: LookupResult
        if (site.pointee.cachedMap == map.value.raw && site.pointee.cachedEpoch == lookupEpoch)
            || site.pointee.promote(map: map.value.raw, epoch: lookupEpoch)
        {
            let kind = LookupResult.Kind(rawValue: site.pointee.cachedKind)!.found
            result = LookupResult(
                kind: kind, value: site.pointee.cachedValue,
                index: Int(site.pointee.cachedIndex), assignsParent: false, cacheable: true)
        } else {
            if memory.isKind(receiver, .block) && map[word: MapLayout.invocationSelector].integer == Int64(selector) {
                result = LookupResult(
                    kind: .blockInvocation, value: .empty, index: 0, assignsParent: false,
                    cacheable: true)
            } else {
                result = lookup(selector, in: receiver)
            }
            if result.cacheable {
                var entry = CacheEntry(
                    map: map.value.raw, epoch: lookupEpoch, kind: result.kind.rawValue, index: Int32(result.index),
                    value: result.value)
                if result.kind == .method, let primitive = wrappedPrimitive(result.value.object) {
                    // Later sends run the primitive directly (the loop's fast path);
                    // this one still activates the method.
                    entry.kind = primitiveKind(primitive, receiverMap: map).rawValue
                    entry.index = Int32(primitive)
                }
                if let outOfLine = outOfLineKind(result, receiverMap: map) { entry.kind = outOfLine.rawValue }
                // wrappedPrimitive may have compiled the method, which starts a new
                // epoch: the entry is still right for this send but must not be kept.
                // An actor's collections do not start epochs, so a value that such a
                // collection could move (a young one) is not kept either.
                if entry.epoch == lookupEpoch && (current.role == .global || !memory.heap.isYoung(result.value)) {
                    site.pointee.insert(entry)
                }
            }
        }
        return act(
            on: result, receiver: receiver, selector: selector, base: base,
            argumentCount: Int(site.pointee.argumentCount))
    }

    /// The cache kind of a send that runs `primitive` on receivers of `map`: one the
    /// dispatch loop runs itself, or `primitiveMethod`. The array intrinsics need an
    /// array receiver (an object that merely inherits `at:` has another map).
    func primitiveKind(_ primitive: Int, receiverMap map: ObjectRef) -> LookupResult.Kind {
        switch primitive {
        case PrimitiveTable.identityIndex: return .identityPrimitive
        case PrimitiveTable.arrayAtIndex where map == memory.known.arrayMap: return .arrayAtPrimitive
        case PrimitiveTable.arrayAtPutIndex where map == memory.known.arrayMap: return .arrayAtPutPrimitive
        default: return .primitiveMethod
        }
    }

    /// The cache kind of a field found in a holder whose fields are out of line
    /// (`LookupResult.Kind.ownFieldOutOfLine`), or nil. A map's flag never changes
    /// (adding slots makes a new map), and a holder that gets a new map starts a new
    /// lookup epoch, so the kind holds as long as the entry.
    func outOfLineKind(_ result: LookupResult, receiverMap map: ObjectRef) -> LookupResult.Kind? {
        switch result.kind {
        case .ownField, .ownFieldAssignment:
            guard map.mapFlags & MapFlags.fieldsOutOfLine != 0 else { return nil }
            return result.kind == .ownField ? .ownFieldOutOfLine : .ownFieldAssignmentOutOfLine
        case .holderField:
            guard result.value.object.map.mapFlags & MapFlags.fieldsOutOfLine != 0 else { return nil }
            return .holderFieldOutOfLine
        default:
            return nil
        }
    }

    /// Does what a lookup result says for a send whose receiver is at `base`.
    func act(on result: LookupResult, receiver: Value, selector: Int32, base: Int, argumentCount: Int)
        -> SendOutcome
    {
        switch result.kind {
        case .notFound:
            noteUnknownSelector(receiver, selector)
            return .failed("Unknown selector \"\(memory.selectors.name(selector))\"")
        case .constant:
            stack.registers[base] = result.value
        case .method, .primitiveMethod, .identityPrimitive, .arrayAtPrimitive, .arrayAtPutPrimitive:
            if let message = activateMethod(result.value.object, base: base, argumentCount: argumentCount) {
                return .failed(message)
            }
            return .pushed
        case .blockInvocation:
            if let message = activateBlock(receiver.object, base: base) { return .failed(message) }
            return .pushed
        case .ownField, .ownFieldOutOfLine:
            stack.registers[base] = memory.field(receiver.object, result.index)
        case .holderField, .holderFieldOutOfLine:
            stack.registers[base] = memory.field(result.value.object, result.index)
        case .ownFieldAssignment, .ownFieldAssignmentOutOfLine, .ownParentAssignment, .holderFieldAssignment,
            .holderParentAssignment:
            // The object checked is the one that holds the slot (actors.md §6.3).
            let holder =
                result.kind == .ownFieldAssignment || result.kind == .ownFieldAssignmentOutOfLine
                    || result.kind == .ownParentAssignment
                ? receiver.object : result.value.object
            if let message = checkWritable(holder, VirtualMachine.assignmentNotWritable) { return .failed(message) }
            let value = stack.registers[base + FrameLayout.firstArgument]
            memory.setField(holder, result.index, value)
            spreadReachability(value, storedInto: holder)
            if result.kind == .ownParentAssignment || result.kind == .holderParentAssignment { invalidateLookups() }
        }
        return .done
    }

    /// The cached assignment of a field of a globally reachable object: the global
    /// actor may write it (the reachability spreading to the value); any other answers
    /// false, and the send's slow path reports the error (actors.md §6.3). Out of line,
    /// so that the dispatch loop keeps only the call.
    @inline(never)
    func assignGloballyReachableField(_ object: ObjectRef, _ index: Int, _ value: Value) -> Bool {
        guard current.role == .global else { return false }
        storeField(object, index, value)
        spreadReachability(value, storedInto: object)
        return true
    }

    /// Stores field `index` of a slots object through the write barrier.
    @inline(__always)
    func storeField(_ object: ObjectRef, _ index: Int, _ value: Value) {
        let (holder, word) = memory.fieldLocation(object, index)
        store(value, into: holder, at: word)
    }

    /// `Heap.store` for the dispatch loop: the heap is reached (which costs a
    /// reference count) only when the barrier has something to record.
    @inline(__always)
    func store(_ value: Value, into object: ObjectRef, at word: Int) {
        if _slowPath(DebugSwitches.verifyIsolation || (object.isOld && value.isObject && !value.object.isOld)) {
            // Without a retain of the heap, which the actor's record owns.
            Unmanaged.passUnretained(memory.heap)._withUnsafeGuaranteedRef { $0.store(value, into: object, at: word) }
        } else {
            object[word: word] = value
        }
    }

    /// Finishes a send done out of line: raises its error, if any. Returns how
    /// execution ends, or nil to go on from the top frame.
    @inline(__always)
    func finishSend(_ outcome: SendOutcome, stopDepth: Int) -> ExecutionEnd? {
        if case .failed(let message) = outcome { return raise(message, stopDepth: stopDepth) }
        return nil
    }

    /// Stores a primitive's value in its receiver register, or does what else its
    /// outcome asks (`finishPrimitive`).
    @inline(__always)
    func storePrimitiveResult(_ result: PrimitiveResult, base: Int, stopDepth: Int) -> PrimitiveStep {
        if case .value(let value) = result {
            stack.registers[base] = value
            return .stored
        }
        if let end = finishPrimitive(result, base: base, stopDepth: stopDepth) { return .end(end) }
        return .reload
    }

    /// What remains of a primitive's outcome other than a plain value: a pushed frame,
    /// an error, an `IfFail:` send, or `_Exit:`. Returns how execution ends, or nil
    /// to go on from the top frame.
    func finishPrimitive(_ result: PrimitiveResult, base: Int, stopDepth: Int) -> ExecutionEnd? {
        switch result {
        case .value(let value):
            stack.registers[base] = value
            return nil
        case .pushed:
            return nil
        case .error(let message):
            return raise(message, stopDepth: stopDepth)
        case .sendValue(let target, let argument):
            switch sendValue(to: target, argument: argument, base: base) {
            case .done, .pushed:
                return nil
            case .failed(let message):
                return raise(message, stopDepth: stopDepth)
            }
        case .exit(let status):
            return .exited(status)
        case .switched:
            return nil
        case .block(let descriptor):
            return blockActor(on: descriptor, base: base, stopDepth: stopDepth)
        }
    }

    /// Sends `value` (argument nil) or `value:` to `target`, the result going to the
    /// register at `base` (the `IfFail:` protocol, primitives.md §1.3).
    func sendValue(to target: Value, argument: Value?, base: Int) -> SendOutcome {
        stack.registers[base] = target
        let selector: Int32
        if let argument {
            stack.registers[base + FrameLayout.firstArgument] = argument
            selector = memory.selectors.intern("value:")
        } else {
            selector = memory.selectors.intern("value")
        }
        let map = memory.mapOf(target)
        let result: LookupResult
        if memory.isKind(target, .block) && map[word: MapLayout.invocationSelector].integer == Int64(selector) {
            result = LookupResult(
                kind: .blockInvocation, value: .empty, index: 0, assignsParent: false,
                cacheable: true)
        } else {
            result = lookup(selector, in: target)
        }
        return act(
            on: result, receiver: target, selector: selector, base: base,
            argumentCount: argument == nil ? 0 : 1)
    }

    // MARK: - Non-local return

    /// Ends the home method activation of `block` with `value` (language.md §7.7) and
    /// answers the home frame, which is gone now. Fails when the home no longer
    /// exists, or when reaching it would unwind a message handler or spawn method
    /// (the home then belongs to a part of the actor that is not running).
    func nonLocalReturn(_ value: Value, block: Value, stopDepth: Int) -> Result<Frame, PrimitiveFailure> {
        let homeIndex = Int(block.object[word: 4].integer)
        let homeSerial = Int(block.object[word: 5].integer)
        let floor = current.role == .global ? stopDepth : 0
        guard homeIndex >= floor, homeIndex < stack.frameCount,
            stack.frames[homeIndex].serial == homeSerial
        else {
            return .failure(PrimitiveFailure("attempted to non-local return to non-existent activation"))
        }
        var index = stack.frameCount - 1
        while index > homeIndex {
            if stack.frames[index].flags & FrameFlags.actorBoundaries != 0 {
                return .failure(PrimitiveFailure("attempted to non-local return to non-existent activation"))
            }
            index -= 1
        }
        let home = stack.frames[homeIndex]
        stack.registers[home.resultIndex] = value
        stack.frameCount = homeIndex
        return .success(home)
    }

    // MARK: - Making objects

    /// `makeObject`: a slots object from a template and one value per slot. The map
    /// of the previous evaluation is reused when every constant is the same.
    func makeObject(template: ObjectTemplate, values: UnsafeMutablePointer<Value>) -> Value {
        var map: ObjectRef
        if template.cachedMap.isObject, constantsMatch(template, template.cachedMap.object, values) {
            map = template.cachedMap.object
        } else {
            let slots = template.slots.enumerated().map { index, slot in
                MapSlot(name: slot.name, kind: slot.kind, value: slot.kind.isAssignable ? .empty : values[index])
            }
            map = memory.makeMap(slots: slots)
            // The cache is the code's, which every actor shares: it may keep only a
            // map whose constants every actor may see.
            if current.role == .global
                || slots.allSatisfy({ !$0.value.isObject || $0.value.object.isGloballyReachable })
            {
                template.cachedMap = map.value
            }
        }
        let object = memory.allocateSlots(map: map, fill: memory.nilValue)
        var field = 0
        for (index, slot) in template.slots.enumerated() where slot.kind.isAssignable {
            object[word: 2 + field] = values[index]
            field += 1
        }
        return object.value
    }

    func constantsMatch(_ template: ObjectTemplate, _ map: ObjectRef, _ values: UnsafeMutablePointer<Value>) -> Bool {
        for (index, slot) in template.slots.enumerated() where !slot.kind.isAssignable {
            if map.mapSlotValue(index) != values[index] { return false }
        }
        return true
    }

    /// `makeMethod`: a method object of the code in constant `code`.
    func makeMethod(code: Value, values: UnsafeMutablePointer<Value>) -> Value {
        let info = pointer(fromRawWord: code).assumingMemoryBound(to: CodeInfo.self)
        let count = info.pointee.localCount
        let method = memory.allocate(.method, words: 3 + count, map: memory.known.methodMap, fill: .empty)
        method[word: 2] = code
        for index in 0..<count { method[word: 3 + index] = values[index] }
        return method.value
    }

    /// `makeBlock`: a block closing over the frame's receiver, context and home.
    func makeBlock(map: Value, values: UnsafeMutablePointer<Value>, frameIndex: Int, regs: UnsafeMutablePointer<Value>)
        -> Value
    {
        let info = pointer(fromRawWord: map.object[word: MapLayout.code]).assumingMemoryBound(to: CodeInfo.self)
        let count = info.pointee.localCount
        let block = memory.allocate(.block, words: 6 + count, map: map.object, fill: .empty)
        block[word: 2] = regs[FrameLayout.selfRegister]
        block[word: 3] = regs[FrameLayout.contextRegister]
        let frame = stack.frames[frameIndex]
        if frame.code.pointee.kind == CodeKind.block.rawValue {
            let enclosing = regs[FrameLayout.calleeRegister].object
            block[word: 4] = enclosing[word: 4]
            block[word: 5] = enclosing[word: 5]
        } else {
            // The home's serial, given when its first block is made (`Frame.serial`).
            var serial = frame.serial
            if serial == 0 {
                serial = stack.nextSerial
                stack.nextSerial &+= 1
                stack.frames[frameIndex].serial = serial
            }
            block[word: 4] = Value(integer: Int64(frameIndex))
            block[word: 5] = Value(integer: Int64(serial))
        }
        for index in 0..<count { block[word: 6 + index] = values[index] }
        return block.value
    }
}

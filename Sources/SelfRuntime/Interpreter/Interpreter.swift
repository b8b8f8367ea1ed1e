/// The dispatch loop, and only it: one `switch` over the opcode with the pc, the
/// register window and the code in local variables. Sends push frames on the explicit
/// stack and continue in the same loop (no Swift recursion); slow paths are out of
/// line in `Sends.swift` and `Errors.swift`.
/// Whether the dispatch loop prints each instruction (`--trace`): a type parameter,
/// so that the check folds away in the ordinary loop.
protocol TracingMode {
    static var enabled: Bool { get }
}

enum Tracing: TracingMode {
    static var enabled: Bool { true }
}

enum NoTracing: TracingMode {
    static var enabled: Bool { false }
}

enum ExecutionEnd {
    /// The frame at the stop depth returned this value.
    case finished(Value)
    /// A runtime error reached the stop depth (it has been reported).
    case failed(RuntimeError)
    /// `_Exit:` was sent.
    case exited(Int32)
}

extension VirtualMachine {
    /// Runs until the frame at index `stopDepth` returns.
    func execute(stopAt stopDepth: Int) -> ExecutionEnd {
        // Two specialisations of one loop: tracing costs nothing when it is off.
        DebugSwitches.traceExecution
            ? execute(stopAt: stopDepth, tracing: Tracing.self) : execute(stopAt: stopDepth, tracing: NoTracing.self)
    }

    @inline(__always)
    func execute<Mode: TracingMode>(stopAt stopDepth: Int, tracing: Mode.Type) -> ExecutionEnd {
        // Read once: globals are lazily initialised and cost a call on every access.
        let trueObject = memory.known.trueObject
        let falseObject = memory.known.falseObject
        let nilObject = memory.known.nilObject
        let primitives = PrimitiveTable.functions
        let integerMap = memory.known.integerMap.value.raw
        let floatMap = memory.known.floatMap.value.raw

        // The running actor's stack is the VM's own `stack` (a value it holds): an
        // actor switch, always out of line and followed by `reload()`, swaps it, and
        // the reload then reads the new actor's top frame.
        var frameBase = stack.frames[stack.frameCount - 1].base
        var code = stack.frames[stack.frameCount - 1].code
        var instructions = code.pointee.instructions
        var constants = code.pointee.constants
        var regs = stack.registers + frameBase
        var pc = stack.frames[stack.frameCount - 1].pc

        /// Reloads the loop's locals from the top frame after a push, pop, stack
        /// growth or actor switch.
        func reload() {
            let frame = stack.frames[stack.frameCount - 1]
            frameBase = frame.base
            code = frame.code
            instructions = code.pointee.instructions
            constants = code.pointee.constants
            regs = stack.registers + frameBase
            pc = frame.pc
        }

        /// Stores a result of the arithmetic fast paths in rA and, when the extension
        /// word fuses the `move rD rA` that follows, in rD too, skipping that move.
        @inline(__always)
        func storeArithmetic(_ value: Value, _ a: Int, _ extensionWord: UInt64) {
            regs[a] = value
            if ArithmeticExtension.fusesMove(extensionWord) {
                regs[Instruction.a(instructions[pc])] = value
                pc &+= 1
            }
        }

        while true {
            let word = instructions[pc]
            pc &+= 1
            if Mode.enabled { trace(word, pc: pc - 1, code: code) }
            let a = Instruction.a(word)
            switch Instruction.op(word) {
            case .move:
                regs[a] = regs[Instruction.b(word)]
            case .loadInteger:
                regs[a] = Value(integer: Int64(Instruction.c(word)))
            case .loadConstant:
                regs[a] = constants[Instruction.b(word)]
            case .loadString:
                regs[a] = memory.makeByteArray(codes[code.pointee.index].strings[Instruction.b(word)])
            case .loadFloat:
                regs[a] = memory.makeFloat(Double(bitPattern: instructions[pc]))
                pc &+= 1
            case .getContext:
                let context = enclosingContext(regs[FrameLayout.contextRegister], Instruction.b(word)).object
                regs[a] = context[word: 3 + Instruction.c(word)]
            case .setContext:
                let context = enclosingContext(regs[FrameLayout.contextRegister], Instruction.b(word)).object
                if _slowPath(context.isGloballyReachable) {
                    // The variables of a block that the world holds: global state
                    // like a slot (actors.md §6.2–6.3).
                    stack.frames[stack.frameCount - 1].pc = pc
                    if let message = checkWritable(context, VirtualMachine.assignmentNotWritable) {
                        if let end = raise(message, stopDepth: stopDepth) { return end }
                        reload()
                        continue
                    }
                    spreadReachability(regs[a], storedInto: context)
                }
                store(regs[a], into: context, at: 3 + Instruction.c(word))
            case .loadContext:
                regs[a] = enclosingContext(regs[FrameLayout.contextRegister], Instruction.b(word))
            case .pushContext:
                let count = Instruction.c(word)
                let context = memory.heap.allocate(
                    .context, words: 3 + count, map: memory.known.contextMap, fill: memory.nilValue)
                context[word: 2] = regs[FrameLayout.contextRegister]
                regs[FrameLayout.contextRegister] = context.value
            case .makeObject:
                regs[a] = makeObject(
                    template: codes[code.pointee.index].objectTemplates[Instruction.b(word)],
                    values: regs + a + 1)
            case .makeMethod:
                regs[a] = makeMethod(code: constants[Instruction.b(word)], values: regs + a + 1)
            case .makeBlock:
                regs[a] = makeBlock(
                    map: constants[Instruction.b(word)], values: regs + a + 1,
                    frameIndex: stack.frameCount - 1, regs: regs)
            case .makeLazyBlock:
                let compiled = codes[code.pointee.index]
                let index = Instruction.b(word)
                if compiled.lazyMaps[index] == .empty, let map = compiled.lazyBlocks[index]() {
                    compiled.lazyMaps[index] = map
                }
                if compiled.lazyMaps[index] == .empty {
                    stack.frames[stack.frameCount - 1].pc = pc
                    if let end = raise("Internal error: a fallback block did not compile", stopDepth: stopDepth) {
                        return end
                    }
                    reload()
                    continue
                }
                regs[a] = makeBlock(
                    map: compiled.lazyMaps[index], values: regs + a + 1,
                    frameIndex: stack.frameCount - 1, regs: regs)
            case .compileMethod:
                stack.frames[stack.frameCount - 1].pc = pc
                guard materialize(code) else {
                    if let end = raise("Internal error: a method did not compile", stopDepth: stopDepth) {
                        return end
                    }
                    reload()
                    continue
                }
                // The same frame now runs the real code, which may need more registers.
                let end = frameBase + code.pointee.registerCount
                if end > stack.highWater {
                    if end > stack.registerCapacity { stack.growRegisters(toHold: end) }
                    stack.highWater = end
                }
                stack.frames[stack.frameCount - 1].pc = 0
                reload()
            case .send:
                let site = code.pointee.sites + Instruction.b(word)
                if Instruction.c(word) != 0 { regs[a] = regs[FrameLayout.selfRegister] }
                let receiver = regs[a]
                let mapRaw = receiver.isInteger ? integerMap : receiver.object[word: 0].raw
                if _fastPath(site.pointee.cachedMap == mapRaw && site.pointee.cachedEpoch == lookupEpoch) {
                    switch site.pointee.cachedKind {
                    case LookupResult.Kind.constant.rawValue:
                        regs[a] = site.pointee.cachedValue
                        continue
                    case LookupResult.Kind.ownField.rawValue:
                        regs[a] = memory.field(receiver.object, Int(site.pointee.cachedIndex))
                        continue
                    case LookupResult.Kind.ownFieldAssignment.rawValue:
                        // An object that is not globally reachable needs neither the
                        // write check nor the reachability walk (actors.md §6).
                        let object = receiver.object
                        if _fastPath(!object.isGloballyReachable) {
                            storeField(
                                object, Int(site.pointee.cachedIndex), regs[a + FrameLayout.firstArgument])
                            continue
                        }
                    case LookupResult.Kind.primitiveMethod.rawValue:
                        // A method that only wraps a primitive: the send's layout is the
                        // primitive's, so the primitive runs without a frame.
                        stack.frames[stack.frameCount - 1].pc = pc
                        let result = primitives[Int(site.pointee.cachedIndex)](
                            self, frameBase + a, Int(site.pointee.argumentCount))
                        switch storePrimitiveResult(result, base: frameBase + a, stopDepth: stopDepth) {
                        case .stored: continue
                        case .reload: reload()
                        case .end(let end): return end
                        }
                        continue
                    case LookupResult.Kind.method.rawValue:
                        // The common call, pushed here with the loop's state set
                        // directly; anything unusual goes through activateMethod.
                        let method = site.pointee.cachedValue.object
                        let callee = pointer(fromRawWord: method[word: 2]).assumingMemoryBound(to: CodeInfo.self)
                        let count = stack.frameCount
                        let newBase = frameBase + a
                        if _fastPath(
                            count < stack.maximumFrames && count < stack.frameCapacity
                                && newBase + callee.pointee.registerCount <= stack.highWater
                                && callee.pointee.localCount == 0
                                && !Interrupt.requested.load(ordering: .relaxed))
                        {
                            stack.frames[count - 1].pc = pc
                            regs[a + FrameLayout.contextRegister] = nilObject
                            regs[a + FrameLayout.calleeRegister] = method.value
                            stack.frames[count] = Frame(
                                code: callee, base: newBase, resultIndex: newBase, pc: 0, serial: stack.nextSerial,
                                flags: 0)
                            stack.nextSerial &+= 1
                            stack.frameCount = count + 1
                            frameBase = newBase
                            code = callee
                            instructions = callee.pointee.instructions
                            constants = callee.pointee.constants
                            regs = regs + a
                            pc = 0
                            continue
                        }
                        stack.frames[stack.frameCount - 1].pc = pc
                        if let message = activateMethod(
                            site.pointee.cachedValue.object, base: frameBase + a,
                            argumentCount: Int(site.pointee.argumentCount))
                        {
                            if let end = raise(message, stopDepth: stopDepth) { return end }
                        }
                        reload()
                        continue
                    default:
                        break
                    }
                }
                stack.frames[stack.frameCount - 1].pc = pc
                if let end = finishSend(performSend(site: site, base: frameBase + a), stopDepth: stopDepth) {
                    return end
                }
                reload()
            case .invoke:
                stack.frames[stack.frameCount - 1].pc = pc
                if let message = activateMethod(
                    regs[a + 2].object, base: frameBase + a, argumentCount: Instruction.c(word), keepContext: true)
                {
                    if let end = raise(message, stopDepth: stopDepth) { return end }
                }
                reload()
            case .primitive:
                stack.frames[stack.frameCount - 1].pc = pc
                let result = primitives[Instruction.b(word)](self, frameBase + a, Instruction.c(word))
                switch storePrimitiveResult(result, base: frameBase + a, stopDepth: stopDepth) {
                case .stored: break
                case .reload: reload()
                case .end(let end): return end
                }
            case .returnValue:
                let value = regs[a]
                let frame = stack.frames[stack.frameCount - 1]
                stack.registers[frame.resultIndex] = value
                stack.frameCount -= 1
                if _slowPath(frame.flags != 0 || stack.frameCount == stopDepth) {
                    if let end = frameEnded(frame, value: value, stopDepth: stopDepth) { return end }
                }
                reload()
            case .nonLocalReturn:
                stack.frames[stack.frameCount - 1].pc = pc
                let value = regs[a]
                switch nonLocalReturn(value, block: regs[FrameLayout.calleeRegister], stopDepth: stopDepth) {
                case .failure(let failure):
                    if let end = raise(failure.message, stopDepth: stopDepth) { return end }
                    reload()
                case .success(let home):
                    if home.flags != 0 || stack.frameCount == stopDepth {
                        if let end = frameEnded(home, value: value, stopDepth: stopDepth) { return end }
                    }
                    reload()
                }
            case .restart:
                pc = code.pointee.bodyStart
                if let message = safepoint() {
                    stack.frames[stack.frameCount - 1].pc = pc
                    if let end = raise(message, stopDepth: stopDepth) { return end }
                    reload()
                }
            case .jump:
                let offset = Instruction.c(word)
                pc &+= offset
                if offset < 0, let message = safepoint() {
                    stack.frames[stack.frameCount - 1].pc = pc
                    if let end = raise(message, stopDepth: stopDepth) { return end }
                    reload()
                }
            case .jumpIfFalse:
                let value = regs[a]
                if _slowPath(controlEpoch != lookupEpoch) { validateControl() }
                let guardIndex = Instruction.b(word)
                if _slowPath(guardIndex != InlineGuard.never && controlValid & (1 << UInt64(guardIndex)) == 0) {
                    continue
                }
                if value == falseObject {
                    pc &+= Instruction.c(word)
                } else if value == trueObject {
                    pc &+= 1
                }
            case .jumpIfGuarded:
                if _slowPath(controlEpoch != lookupEpoch) { validateControl() }
                if _slowPath(controlValid & (1 << UInt64(Instruction.b(word))) == 0) {
                    pc &+= Instruction.c(word)
                }
            case .fail:
                stack.frames[stack.frameCount - 1].pc = pc
                let message = String(
                    decoding: codes[code.pointee.index].strings[Instruction.b(word)], as: UTF8.self)
                if let end = raise(message, stopDepth: stopDepth) { return end }
                reload()
            case .jumpIfNotIntegers:
                if !(regs[a].isInteger && regs[a + 1].isInteger) {
                    pc &+= Instruction.c(word)
                }
            case .jumpIfNotLess:
                if !(regs[a].integer < regs[a + 1].integer) {
                    pc &+= Instruction.c(word)
                }
            case .forLoop:
                let next = Value(raw: regs[a].raw &+ 2)
                regs[a] = next
                if next.integer < regs[a + 1].integer {
                    pc &+= Instruction.c(word)
                    if let message = safepoint() {
                        stack.frames[stack.frameCount - 1].pc = pc
                        if let end = raise(message, stopDepth: stopDepth) { return end }
                        reload()
                    }
                }
            case .arithmetic:
                let extensionWord = instructions[pc]
                pc &+= 1
                let x = regs[Instruction.b(word)]
                let y =
                    ArithmeticExtension.hasImmediate(extensionWord)
                    ? Value(integer: ArithmeticExtension.immediate(extensionWord)) : regs[Instruction.c(word)]
                if x.isInteger && y.isInteger {
                    if _slowPath(arithmeticEpoch != lookupEpoch) { validateArithmetic() }
                    let operation = ArithmeticExtension.operation(extensionWord)
                    if arithmeticValid & (1 << UInt64(operation)) != 0 {
                        let left = Int64(bitPattern: x.raw)
                        let right = Int64(bitPattern: y.raw)
                        switch operation {
                        case ArithmeticOperation.add.rawValue:
                            let (sum, overflow) = left.addingReportingOverflow(right)
                            if !overflow {
                                storeArithmetic(Value(raw: UInt64(bitPattern: sum)), a, extensionWord)
                                continue
                            }
                        case ArithmeticOperation.subtract.rawValue:
                            let (difference, overflow) = left.subtractingReportingOverflow(right)
                            if !overflow {
                                storeArithmetic(Value(raw: UInt64(bitPattern: difference)), a, extensionWord)
                                continue
                            }
                        case ArithmeticOperation.multiply.rawValue:
                            let (product, overflow) = x.integer.multipliedReportingOverflow(by: right)
                            if !overflow {
                                storeArithmetic(Value(raw: UInt64(bitPattern: product)), a, extensionWord)
                                continue
                            }
                        case ArithmeticOperation.divide.rawValue:
                            // Floored; a zero divisor or −2^62 / −1 takes the send, which
                            // reports the error.
                            let divisor = y.integer
                            if divisor != 0 && !(divisor == -1 && x.integer == Value.minimumInteger) {
                                var quotient = x.integer / divisor
                                if (x.integer % divisor != 0) && ((x.integer < 0) != (divisor < 0)) {
                                    quotient -= 1
                                }
                                storeArithmetic(Value(integer: quotient), a, extensionWord)
                                continue
                            }
                        case ArithmeticOperation.modulo.rawValue:
                            let divisor = y.integer
                            if divisor != 0 {
                                var remainder = x.integer % divisor
                                if remainder != 0 && ((remainder < 0) != (divisor < 0)) { remainder += divisor }
                                storeArithmetic(Value(integer: remainder), a, extensionWord)
                                continue
                            }
                        case ArithmeticOperation.lessThan.rawValue:
                            storeArithmetic(left < right ? trueObject : falseObject, a, extensionWord)
                            continue
                        case ArithmeticOperation.greaterThan.rawValue:
                            storeArithmetic(left > right ? trueObject : falseObject, a, extensionWord)
                            continue
                        default:
                            storeArithmetic(left == right ? trueObject : falseObject, a, extensionWord)
                            continue
                        }
                    }
                }
                // Two floats, the most common mixed-free case, inline; the others
                // (an integer operand, a stale epoch) in `floatArithmetic`.
                if x.isObject && y.isObject && x.object[word: 0].raw == floatMap
                    && y.object[word: 0].raw == floatMap && floatArithmeticEpoch == lookupEpoch
                {
                    let operation = ArithmeticExtension.operation(extensionWord)
                    if floatArithmeticValid & (1 << UInt64(operation)) != 0 {
                        let left = x.object.floatValue
                        let right = y.object.floatValue
                        switch operation {
                        case ArithmeticOperation.add.rawValue:
                            storeArithmetic(memory.makeFloat(left + right), a, extensionWord)
                            continue
                        case ArithmeticOperation.subtract.rawValue:
                            storeArithmetic(memory.makeFloat(left - right), a, extensionWord)
                            continue
                        case ArithmeticOperation.multiply.rawValue:
                            storeArithmetic(memory.makeFloat(left * right), a, extensionWord)
                            continue
                        case ArithmeticOperation.divide.rawValue:
                            storeArithmetic(memory.makeFloat(left / right), a, extensionWord)
                            continue
                        case ArithmeticOperation.lessThan.rawValue:
                            storeArithmetic(left < right ? trueObject : falseObject, a, extensionWord)
                            continue
                        case ArithmeticOperation.greaterThan.rawValue:
                            storeArithmetic(left > right ? trueObject : falseObject, a, extensionWord)
                            continue
                        case ArithmeticOperation.equal.rawValue:
                            storeArithmetic(left == right ? trueObject : falseObject, a, extensionWord)
                            continue
                        default:
                            break
                        }
                    }
                }
                if !(x.isInteger && y.isInteger),
                    let result = floatArithmetic(
                        x, y, ArithmeticExtension.operation(extensionWord), floatMap: floatMap)
                {
                    storeArithmetic(result, a, extensionWord)
                    continue
                }
                // The real send: receiver and argument in the send layout at rA.
                regs[a] = x
                regs[a + FrameLayout.firstArgument] = y
                stack.frames[stack.frameCount - 1].pc = pc
                let site = code.pointee.sites + ArithmeticExtension.site(extensionWord)
                if let end = finishSend(performSend(site: site, base: frameBase + a), stopDepth: stopDepth) {
                    return end
                }
                reload()
            }
        }
    }

    /// The context `depth` levels out from `context` (0: itself), following each
    /// context's word 2, its enclosing context.
    @inline(__always)
    func enclosingContext(_ context: Value, _ depth: Int) -> Value {
        var current = context
        var remaining = depth
        while remaining > 0 {
            current = current.object[word: 2]
            remaining -= 1
        }
        return current
    }

    /// The runtime error a pending interrupt becomes.
    static let interruptedMessage = "Interrupted"

    /// Checked at back edges (loops and `_Restart`): a pending interrupt (Ctrl-C in
    /// the REPL) becomes the runtime error "Interrupted" (in actor mode it ends actor
    /// mode: `raiseInActor`).
    @inline(__always)
    func safepoint() -> String? {
        if _slowPath(Interrupt.requested.load(ordering: .relaxed)) {
            Interrupt.requested.store(false, ordering: .relaxed)
            // The heaps' limit raises its error through the same flag (MemoryBudget).
            let budget = memory.globalHeap.budget
            if budget.exhausted {
                budget.exhausted = false
                return budget.message
            }
            return VirtualMachine.interruptedMessage
        }
        return nil
    }
}

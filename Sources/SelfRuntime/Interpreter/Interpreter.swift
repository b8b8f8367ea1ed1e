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
        // `ip` points at the next instruction word: a pointer rather than an index
        // into the code's instructions, so that dispatch needs no base register. The
        // frame keeps the index (`savePC`), so that it survives code moves and fits
        // 32 bits.
        var frameBase = stack.frames[stack.frameCount &- 1].base
        var code = stack.frames[stack.frameCount &- 1].code
        var regs = stack.registers + frameBase
        var ip = UnsafePointer(code.pointee.instructions) + stack.frames[stack.frameCount &- 1].pc

        /// Reloads the loop's locals from the top frame after a push, pop, stack
        /// growth or actor switch.
        func reload() {
            let frame = stack.frames[stack.frameCount &- 1]
            frameBase = frame.base
            code = frame.code
            regs = stack.registers + frameBase
            ip = UnsafePointer(code.pointee.instructions) + frame.pc
        }

        /// Whether a frame of `callee` at register `newBase` can be entered by `enter`:
        /// there is room for it, it has no locals to initialise, and no interrupt is
        /// pending (every call is a safepoint, `reserveFrame`).
        @inline(__always)
        func canEnterDirectly(_ callee: UnsafeMutablePointer<CodeInfo>, base newBase: Int) -> Bool {
            let count = stack.frameCount
            return count < stack.frameLimit
                && newBase &+ callee.pointee.registerCount <= stack.highWater && callee.pointee.localCount == 0
                && !Interrupt.requested.load(ordering: .relaxed)
        }

        /// Pushes a frame of `callee` whose receiver is at rA (its self, context and
        /// callee registers already set) and makes it the loop's state.
        @inline(__always)
        func enter(_ callee: UnsafeMutablePointer<CodeInfo>, at a: Int) {
            let count = stack.frameCount
            let newBase = frameBase &+ a
            stack.frames[count &- 1].pc = instructionIndex(ip, code)
            stack.frames[count] = Frame(
                code: callee, base: newBase, resultIndex: newBase, pc: 0, serial: 0, flags: 0)
            stack.frameCount = count &+ 1
            frameBase = newBase
            code = callee
            regs = regs + a
            ip = UnsafePointer(callee.pointee.instructions)
        }

        /// Runs the primitive a send's cache names (`primitiveMethod` and the kinds
        /// the loop runs itself, when it does not) with the send's layout at rA.
        @inline(__always)
        func runCachedPrimitive(_ site: UnsafeMutablePointer<SendSite>, _ a: Int, _ stopDepth: Int) -> PrimitiveStep {
            savePC()
            let result = primitives[Int(site.pointee.cachedIndex)](
                self, frameBase + a, Int(site.pointee.argumentCount))
            return storePrimitiveResult(result, base: frameBase + a, stopDepth: stopDepth)
        }

        /// Records the next instruction in the top frame, before anything that may
        /// read it (a stack trace, a push, a collection that moves the stack).
        @inline(__always)
        func savePC() {
            stack.frames[stack.frameCount &- 1].pc = instructionIndex(ip, code)
        }

        /// Stores a result of the arithmetic fast paths in rA and, when the extension
        /// word fuses the `move rD rA` that follows, in rD too, skipping that move.
        @inline(__always)
        func storeArithmetic(_ value: Value, _ a: Int, _ extensionWord: UInt64) {
            regs[a] = value
            if ArithmeticExtension.fusesMove(extensionWord) {
                regs[Instruction.a(ip.pointee)] = value
                ip += 1
            }
        }

        /// Stores a send's result that the cache held in rA and, when the site fuses
        /// the `move rD rA` that follows (`SendSite.fusedMove`), in rD too, skipping
        /// that move.
        @inline(__always)
        func storeSendResult(_ value: Value, _ a: Int, _ site: UnsafeMutablePointer<SendSite>) {
            regs[a] = value
            let target = site.pointee.fusedMove
            if target >= 0 {
                regs[Int(target)] = value
                ip += 1
            }
        }

        /// The operands of the arithmetic instruction `word` and its extension word,
        /// which `ip` moves past.
        @inline(__always)
        func arithmeticOperands(_ word: UInt64) -> (Value, Value, UInt64) {
            let extensionWord = ip.pointee
            ip += 1
            let y =
                ArithmeticExtension.hasImmediate(extensionWord)
                ? Value(integer: ArithmeticExtension.immediate(extensionWord)) : regs[Instruction.c(word)]
            return (regs[Instruction.b(word)], y, extensionWord)
        }

        /// Takes the `jumpIfFalse` that `ip` points at, which tests `result` (a
        /// boolean just stored in its register), as `fusedBranch` says.
        @inline(__always)
        func takeFusedBranch(_ result: Bool, threaded: Bool = false) {
            ip = fusedBranch(at: ip, result, threaded: threaded)
        }

        /// Stores a comparison's result in rA and does the fused instruction after it:
        /// a `jumpIfFalse rA`, taken here while its guard holds, or a `move rD rA`
        /// (`storeArithmetic`).
        @inline(__always)
        func storeComparison(_ result: Bool, _ a: Int, _ extensionWord: UInt64) {
            let value = result ? trueObject : falseObject
            if ArithmeticExtension.fusesBranch(extensionWord) {
                regs[a] = value
                takeFusedBranch(result, threaded: ArithmeticExtension.threadsTrue(extensionWord))
            } else {
                storeArithmetic(value, a, extensionWord)
            }
        }

        /// The rest of an arithmetic instruction that took no inline path: an
        /// operation with an integer and a float or a float object
        /// (`floatArithmetic`), stale masks (validated, and the instruction runs
        /// again), or the real send, with receiver and argument in the send layout at
        /// rA and a float literal as a new object.
        @inline(__always)
        func arithmeticFallback(
            _ operation: ArithmeticOperation, _ x: Value, _ y: Value, _ a: Int, _ extensionWord: UInt64
        ) -> ExecutionEnd? {
            if !(x.isInteger && y.isInteger), let result = floatArithmetic(x, y, operation.rawValue, floatMap: floatMap)
            {
                if operation.isComparison {
                    storeComparison(result == trueObject, a, extensionWord)
                } else {
                    storeArithmetic(result, a, extensionWord)
                }
                return nil
            }
            if _slowPath(arithmeticEpoch != lookupEpoch || floatArithmeticEpoch != lookupEpoch) {
                validateArithmetic()
                validateFloatArithmetic()
                ip -= 2
                return nil
            }
            regs[a] = x
            regs[a + FrameLayout.firstArgument] = y
            if ArithmeticExtension.hasFloatLiteral(extensionWord) { boxFloatLiterals(at: a, extensionWord) }
            savePC()
            let site = code.pointee.sites + ArithmeticExtension.site(extensionWord)
            if let end = finishSend(performSend(site: site, base: frameBase + a), stopDepth: stopDepth) {
                return end
            }
            reload()
            return nil
        }

        while true {
            let word = ip.pointee
            ip += 1
            if Mode.enabled { trace(word, pc: instructionIndex(ip, code) - 1, code: code) }
            let a = Instruction.a(word)
            switch Instruction.op(word) {
            case .move:
                regs[a] = regs[Instruction.b(word)]
            case .loadInteger:
                regs[a] = Value(integer: Int64(Instruction.c(word)))
            case .loadConstant:
                regs[a] = code.pointee.constants[Instruction.b(word)]
            case .loadString:
                regs[a] = memory.makeByteArray(codes[code.pointee.index].strings[Instruction.b(word)])
            case .loadFloat:
                // Every evaluation of a float literal is a new object (language.md §11.2).
                regs[a] = memory.makeFloatObject(Double(bitPattern: ip.pointee))
                ip += 1
            case .getContext:
                let context = enclosingContext(regs[FrameLayout.contextRegister], Instruction.b(word)).object
                regs[a] = context[word: 3 + Instruction.c(word)]
            case .setContext:
                let context = enclosingContext(regs[FrameLayout.contextRegister], Instruction.b(word)).object
                if _slowPath(context.isGloballyReachable) {
                    // The variables of a block that the world holds: global state
                    // like a slot (actors.md §6.2–6.3).
                    savePC()
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
                let context = memory.allocate(
                    .context, words: 3 + count, map: memory.known.contextMap, fill: memory.nilValue)
                context[word: 2] = regs[FrameLayout.contextRegister]
                regs[FrameLayout.contextRegister] = context.value
            case .makeObject:
                regs[a] = makeObject(
                    template: codes[code.pointee.index].objectTemplates[Instruction.b(word)],
                    values: regs + a + 1)
            case .makeMethod:
                regs[a] = makeMethod(code: code.pointee.constants[Instruction.b(word)], values: regs + a + 1)
            case .makeBlock:
                regs[a] = makeBlock(
                    map: code.pointee.constants[Instruction.b(word)], values: regs + a + 1,
                    frameIndex: stack.frameCount - 1, regs: regs)
            case .makeLazyBlock:
                let compiled = codes[code.pointee.index]
                let index = Instruction.b(word)
                if compiled.lazyMaps[index] == .empty, let map = compiled.lazyBlocks[index]() {
                    compiled.lazyMaps[index] = map
                }
                if compiled.lazyMaps[index] == .empty {
                    savePC()
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
                savePC()
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
                stack.frames[stack.frameCount &- 1].pc = 0
                reload()
            case .send:
                let site = code.pointee.sites + Instruction.b(word)
                if Instruction.c(word) != 0 { regs[a] = regs[Instruction.c(word) &- 1] }
                let receiver = regs[a]
                let mapRaw =
                    receiver.isObject ? receiver.object[word: 0].raw : receiver.isInteger ? integerMap : floatMap
                if _fastPath(site.pointee.cachedMap == mapRaw && site.pointee.cachedEpoch == lookupEpoch) {
                    switch site.pointee.cachedKind {
                    case LookupResult.Kind.constant.rawValue:
                        storeSendResult(site.pointee.cachedValue, a, site)
                        continue
                    case LookupResult.Kind.ownField.rawValue:
                        // Fields in the object (the cache kind says so: `outOfLineKind`).
                        storeSendResult(receiver.object[word: 2 &+ Int(site.pointee.cachedIndex)], a, site)
                        continue
                    case LookupResult.Kind.ownFieldAssignment.rawValue:
                        // An object that is not globally reachable needs neither the
                        // write check nor the reachability walk (actors.md §6).
                        let object = receiver.object
                        if _fastPath(!object.isGloballyReachable) {
                            store(
                                regs[a + FrameLayout.firstArgument], into: object,
                                at: 2 &+ Int(site.pointee.cachedIndex))
                            continue
                        }
                        if assignGloballyReachableField(
                            object, Int(site.pointee.cachedIndex), regs[a + FrameLayout.firstArgument])
                        {
                            continue
                        }
                    case LookupResult.Kind.identityPrimitive.rawValue:
                        let same = receiver == regs[a + FrameLayout.firstArgument]
                        regs[a] = same ? trueObject : falseObject
                        if site.pointee.fusedMove == SendSite.fusedBranch { takeFusedBranch(same) }
                        continue
                    case LookupResult.Kind.arrayAtPrimitive.rawValue:
                        // The cache holds for the array map only. Anything but an index
                        // in bounds takes the primitive, which reports the error.
                        let array = receiver.object
                        let index = regs[a + FrameLayout.firstArgument]
                        if index.isInteger && index.integer >= 0 && index.integer < array[word: 2].integer {
                            storeSendResult(array[word: 3 &+ Int(index.integer)], a, site)
                            continue
                        }
                        switch runCachedPrimitive(site, a, stopDepth) {
                        case .stored: continue
                        case .reload: reload()
                        case .end(let end): return end
                        }
                        continue
                    case LookupResult.Kind.arrayAtPutPrimitive.rawValue:
                        // As `ownFieldAssignment`: an array that is not globally
                        // reachable needs neither the write check nor the walk.
                        let array = receiver.object
                        let index = regs[a + FrameLayout.firstArgument]
                        if index.isInteger && index.integer >= 0 && index.integer < array[word: 2].integer
                            && !array.isGloballyReachable
                        {
                            store(regs[a + FrameLayout.firstArgument + 1], into: array, at: 3 &+ Int(index.integer))
                            continue
                        }
                        switch runCachedPrimitive(site, a, stopDepth) {
                        case .stored: continue
                        case .reload: reload()
                        case .end(let end): return end
                        }
                        continue
                    case LookupResult.Kind.primitiveMethod.rawValue:
                        // A method that only wraps a primitive: the send's layout is the
                        // primitive's, so the primitive runs without a frame.
                        switch runCachedPrimitive(site, a, stopDepth) {
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
                        if _fastPath(canEnterDirectly(callee, base: frameBase &+ a)) {
                            regs[a + FrameLayout.contextRegister] = nilObject
                            regs[a + FrameLayout.calleeRegister] = method.value
                            enter(callee, at: a)
                            continue
                        }
                        savePC()
                        if let message = activateMethod(
                            site.pointee.cachedValue.object, base: frameBase + a,
                            argumentCount: Int(site.pointee.argumentCount))
                        {
                            if let end = raise(message, stopDepth: stopDepth) { return end }
                        }
                        reload()
                        continue
                    case LookupResult.Kind.blockInvocation.rawValue:
                        // `value`, `value:`… of a block (a block literal's blocks share
                        // its map, so the cache holds for all of them).
                        let block = receiver.object
                        let callee = pointer(fromRawWord: block.map[word: MapLayout.code])
                            .assumingMemoryBound(to: CodeInfo.self)
                        if _fastPath(canEnterDirectly(callee, base: frameBase &+ a)) {
                            regs[a + FrameLayout.selfRegister] = block[word: 2]
                            regs[a + FrameLayout.contextRegister] = block[word: 3]
                            regs[a + FrameLayout.calleeRegister] = receiver
                            enter(callee, at: a)
                            continue
                        }
                        savePC()
                        if let message = activateBlock(block, base: frameBase + a) {
                            if let end = raise(message, stopDepth: stopDepth) { return end }
                        }
                        reload()
                        continue
                    case LookupResult.Kind.holderField.rawValue:
                        storeSendResult(
                            site.pointee.cachedValue.object[word: 2 &+ Int(site.pointee.cachedIndex)], a, site)
                        continue
                    default:
                        break
                    }
                }
                savePC()
                if let end = finishSend(performSend(site: site, base: frameBase + a), stopDepth: stopDepth) {
                    return end
                }
                reload()
            case .invoke:
                savePC()
                if let message = activateMethod(
                    regs[a + 2].object, base: frameBase + a, argumentCount: Instruction.c(word), keepContext: true)
                {
                    if let end = raise(message, stopDepth: stopDepth) { return end }
                }
                reload()
            case .primitive:
                savePC()
                let result = primitives[Instruction.b(word)](self, frameBase + a, Instruction.c(word))
                switch storePrimitiveResult(result, base: frameBase + a, stopDepth: stopDepth) {
                case .stored: break
                case .reload: reload()
                case .end(let end): return end
                }
            case .returnValue:
                let value = regs[a]
                let count = stack.frameCount &- 1
                stack.frameCount = count
                if _fastPath(stack.frames[count].flags == 0 && count != stopDepth) {
                    // A frame without flags returns into its own r0 (`Frame.init`).
                    regs[0] = value
                } else {
                    let frame = stack.frames[count]
                    stack.registers[frame.resultIndex] = value
                    if let end = frameEnded(frame, value: value, stopDepth: stopDepth) { return end }
                }
                reload()
            case .nonLocalReturn:
                savePC()
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
                ip = UnsafePointer(code.pointee.instructions) + code.pointee.bodyStart
                if let message = safepoint() {
                    savePC()
                    if let end = raise(message, stopDepth: stopDepth) { return end }
                    reload()
                }
            case .jump:
                let offset = Instruction.c(word)
                ip += offset
                if offset < 0, let message = safepoint() {
                    savePC()
                    if let end = raise(message, stopDepth: stopDepth) { return end }
                    reload()
                }
            case .jumpIfFalse:
                let value = regs[a]
                if _slowPath(controlValid & (1 &<< UInt64(Instruction.b(word))) == 0) {
                    // A stale mask: validate and run the instruction again. Otherwise
                    // the guard fails, and the code that follows makes the real send.
                    if controlEpoch != lookupEpoch {
                        validateControl()
                        ip -= 1
                    }
                    continue
                }
                if value == falseObject {
                    ip += Instruction.c(word)
                } else if value == trueObject {
                    ip += 1
                }
            case .jumpIfGuarded:
                if _slowPath(controlValid & (1 &<< UInt64(Instruction.b(word))) == 0) {
                    if controlEpoch != lookupEpoch {
                        validateControl()
                        ip -= 1
                        continue
                    }
                    ip += Instruction.c(word)
                }
            case .fail:
                savePC()
                let message = String(
                    decoding: codes[code.pointee.index].strings[Instruction.b(word)], as: UTF8.self)
                if let end = raise(message, stopDepth: stopDepth) { return end }
                reload()
            case .jumpIfNotIntegers:
                if !(regs[a].isInteger && regs[a + 1].isInteger) {
                    ip += Instruction.c(word)
                }
            case .jumpIfNotLess:
                if !(regs[a].integer < regs[a + 1].integer &+ Int64(Instruction.b(word))) {
                    ip += Instruction.c(word)
                }
            case .forLoop:
                // Another turn when counter + 1 < bound (+ 1 when inclusive), tested
                // before the increment so that an inclusive bound of the largest
                // small integer cannot wrap the counter.
                let counter = regs[a]
                if counter.integer < regs[a + 1].integer &- 1 &+ Int64(Instruction.b(word)) {
                    regs[a] = Value(raw: counter.raw &+ 2)
                    ip += Instruction.c(word)
                    if let message = safepoint() {
                        savePC()
                        if let end = raise(message, stopDepth: stopDepth) { return end }
                        reload()
                    }
                }
            case .add:
                let (x, y, extensionWord) = arithmeticOperands(word)
                if let result = fastArithmetic(.add, x, y) {
                    storeArithmetic(result, a, extensionWord)
                    continue
                }
                if let end = arithmeticFallback(.add, x, y, a, extensionWord) { return end }
            case .subtract:
                let (x, y, extensionWord) = arithmeticOperands(word)
                if let result = fastArithmetic(.subtract, x, y) {
                    storeArithmetic(result, a, extensionWord)
                    continue
                }
                if let end = arithmeticFallback(.subtract, x, y, a, extensionWord) { return end }
            case .multiply:
                let (x, y, extensionWord) = arithmeticOperands(word)
                if let result = fastArithmetic(.multiply, x, y) {
                    storeArithmetic(result, a, extensionWord)
                    continue
                }
                if let end = arithmeticFallback(.multiply, x, y, a, extensionWord) { return end }
            case .divide:
                let (x, y, extensionWord) = arithmeticOperands(word)
                if let result = fastArithmetic(.divide, x, y) {
                    storeArithmetic(result, a, extensionWord)
                    continue
                }
                if let end = arithmeticFallback(.divide, x, y, a, extensionWord) { return end }
            case .modulo:
                let (x, y, extensionWord) = arithmeticOperands(word)
                if let result = fastArithmetic(.modulo, x, y) {
                    storeArithmetic(result, a, extensionWord)
                    continue
                }
                if let end = arithmeticFallback(.modulo, x, y, a, extensionWord) { return end }
            case .lessThan:
                let (x, y, extensionWord) = arithmeticOperands(word)
                if let result = fastComparison(.lessThan, x, y) {
                    storeComparison(result, a, extensionWord)
                    continue
                }
                if let end = arithmeticFallback(.lessThan, x, y, a, extensionWord) { return end }
            case .greaterThan:
                let (x, y, extensionWord) = arithmeticOperands(word)
                if let result = fastComparison(.greaterThan, x, y) {
                    storeComparison(result, a, extensionWord)
                    continue
                }
                if let end = arithmeticFallback(.greaterThan, x, y, a, extensionWord) { return end }
            case .equal:
                let (x, y, extensionWord) = arithmeticOperands(word)
                if let result = fastComparison(.equal, x, y) {
                    storeComparison(result, a, extensionWord)
                    continue
                }
                if let end = arithmeticFallback(.equal, x, y, a, extensionWord) { return end }
            case .lessOrEqual:
                let (x, y, extensionWord) = arithmeticOperands(word)
                if let result = fastComparison(.lessOrEqual, x, y) {
                    storeComparison(result, a, extensionWord)
                    continue
                }
                if let end = arithmeticFallback(.lessOrEqual, x, y, a, extensionWord) { return end }
            case .greaterOrEqual:
                let (x, y, extensionWord) = arithmeticOperands(word)
                if let result = fastComparison(.greaterOrEqual, x, y) {
                    storeComparison(result, a, extensionWord)
                    continue
                }
                if let end = arithmeticFallback(.greaterOrEqual, x, y, a, extensionWord) { return end }
            case .notEqual:
                let (x, y, extensionWord) = arithmeticOperands(word)
                if let result = fastComparison(.notEqual, x, y) {
                    storeComparison(result, a, extensionWord)
                    continue
                }
                if let end = arithmeticFallback(.notEqual, x, y, a, extensionWord) { return end }
            case .arithmeticBlock:
                ip = runArithmeticBlock(word, program: ip, regs, code.pointee.constants)
            }
        }

    }

    /// The inline result of arithmetic `operation` (`add` … `modulo`, a constant at
    /// each use, so that its `switch`es fold away): on two integers, or two
    /// immediate floats (not for modulo), while the operation's mask allows it. Nil
    /// sends the instruction to its slow path.
    @inline(__always)
    func fastArithmetic(_ operation: ArithmeticOperation, _ x: Value, _ y: Value) -> Value? {
        let bit: UInt64 = 1 &<< UInt64(operation.rawValue)
        if x.isInteger && y.isInteger {
            return arithmeticValid & bit != 0 ? VirtualMachine.integerResult(operation, x, y) : nil
        }
        if operation != .modulo, x.raw & y.raw & 3 == 3, floatArithmeticValid & bit != 0 {
            return memory.makeFloat(VirtualMachine.floatResult(operation, x.immediateFloat, y.immediateFloat))
        }
        return nil
    }

    /// The inline result of comparison `operation`, as `fastArithmetic`.
    @inline(__always)
    func fastComparison(_ operation: ArithmeticOperation, _ x: Value, _ y: Value) -> Bool? {
        let bit: UInt64 = 1 &<< UInt64(operation.rawValue)
        if x.isInteger && y.isInteger {
            guard arithmeticValid & bit != 0 else { return nil }
            return VirtualMachine.compare(operation, Int64(bitPattern: x.raw), Int64(bitPattern: y.raw))
        }
        if x.raw & y.raw & 3 == 3, floatArithmeticValid & bit != 0 {
            return VirtualMachine.compare(operation, x.immediateFloat, y.immediateFloat)
        }
        return nil
    }

    /// The result of `operation` (not a comparison) on two small integers, or nil
    /// when it overflows or the divisor is one the primitive reports (zero, or −1
    /// under −2^62): then the send runs. Division and modulo are floored. Tagged
    /// integers (tag 00) add and subtract as they are.
    @inline(__always)
    static func integerResult(_ operation: ArithmeticOperation, _ x: Value, _ y: Value) -> Value? {
        switch operation {
        case .add:
            let (sum, overflow) = Int64(bitPattern: x.raw).addingReportingOverflow(Int64(bitPattern: y.raw))
            return overflow ? nil : Value(raw: UInt64(bitPattern: sum))
        case .subtract:
            let (difference, overflow) = Int64(bitPattern: x.raw).subtractingReportingOverflow(Int64(bitPattern: y.raw))
            return overflow ? nil : Value(raw: UInt64(bitPattern: difference))
        case .multiply:
            let (product, overflow) = x.integer.multipliedReportingOverflow(by: Int64(bitPattern: y.raw))
            return overflow ? nil : Value(raw: UInt64(bitPattern: product))
        case .divide:
            let divisor = y.integer
            guard divisor != 0 && !(divisor == -1 && x.integer == Value.minimumInteger) else { return nil }
            var quotient = x.integer / divisor
            if (x.integer % divisor != 0) && ((x.integer < 0) != (divisor < 0)) { quotient -= 1 }
            return Value(integer: quotient)
        case .modulo:
            let divisor = y.integer
            guard divisor != 0 else { return nil }
            var remainder = x.integer % divisor
            if remainder != 0 && ((remainder < 0) != (divisor < 0)) { remainder += divisor }
            return Value(integer: remainder)
        default:
            return nil
        }
    }

    /// The result of `operation` (`add` … `divide`) on two doubles. Modulo is never
    /// inline: `floatArithmetic` floors it.
    @inline(__always)
    static func floatResult(_ operation: ArithmeticOperation, _ left: Double, _ right: Double) -> Double {
        switch operation {
        case .add: left + right
        case .subtract: left - right
        case .multiply: left * right
        default: left / right
        }
    }

    /// The comparison `operation` on two integers or two doubles.
    @inline(__always)
    static func compare<T: Comparable>(_ operation: ArithmeticOperation, _ left: T, _ right: T) -> Bool {
        switch operation {
        case .lessThan: left < right
        case .greaterThan: left > right
        case .lessOrEqual: left <= right
        case .greaterOrEqual: left >= right
        case .notEqual: left != right
        default: left == right
        }
    }

    /// The index of the instruction `ip` points at in `code`. Computed on raw
    /// addresses: a pointer difference divides with rounding toward zero, which the
    /// compiler cannot know is exact.
    @inline(__always)
    func instructionIndex(_ ip: UnsafePointer<UInt64>, _ code: UnsafeMutablePointer<CodeInfo>) -> Int {
        (Int(bitPattern: ip) &- Int(bitPattern: code.pointee.instructions)) &>> 3
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

/// The checks that keep inlined code and integer fast paths faithful to the world's
/// definitions (docs/bytecode.md, "Inlining").
extension VirtualMachine {
    /// Recomputes which integer operations may take their fast path: those whose
    /// integer method is still a plain wrapper of the matching primitive.
    func validateArithmetic() {
        var valid: UInt64 = 0
        for operation in ArithmeticOperation.allCases {
            let selector = memory.selectors.intern(operation.selector)
            let found = lookup(selector, in: Value(integer: 0))
            if found.kind == .method, let index = PrimitiveTable.index(of: operation.primitive),
                isPrimitiveWrapper(found.value.object, primitive: index)
            {
                valid |= 1 << UInt64(operation.rawValue)
            }
        }
        arithmeticValid = valid
        arithmeticEpoch = lookupEpoch
    }

    /// Recomputes which float operations may take their fast path: those whose method
    /// in `std traits float` is still a plain wrapper of the matching primitive.
    func validateFloatArithmetic() {
        var valid: UInt64 = 0
        for operation in ArithmeticOperation.allCases {
            let selector = memory.selectors.intern(operation.selector)
            let found = lookup(selector, in: memory.known.floatTraits)
            if found.kind == .method, let index = PrimitiveTable.index(of: operation.floatPrimitive),
                isPrimitiveWrapper(found.value.object, primitive: index)
            {
                valid |= 1 << UInt64(operation.rawValue)
            }
        }
        floatArithmeticValid = valid
        floatArithmeticEpoch = lookupEpoch
    }

    /// Before the real send of an arithmetic instruction with float literal operands
    /// (`ArithmeticExtension.leftFloatLiteral`): replaces each, in the send layout of
    /// frame register `a`, by a new float object, as every evaluation of a literal
    /// makes one. The registers are roots, so the second allocation may move the first.
    @inline(never)
    func boxFloatLiterals(at a: Int, _ extensionWord: UInt64) {
        let base = stack.frames[stack.frameCount &- 1].base + a
        if extensionWord & ArithmeticExtension.leftFloatLiteral != 0 {
            stack.registers[base] = memory.makeFloatObject(stack.registers[base].immediateFloat)
        }
        if extensionWord & ArithmeticExtension.rightFloatLiteral != 0 {
            let argument = base + FrameLayout.firstArgument
            stack.registers[argument] = memory.makeFloatObject(stack.registers[argument].immediateFloat)
        }
    }

    /// The double of a float operand, immediate or an object of `floatMap`, or nil.
    @inline(__always)
    func floatOperand(_ value: Value, floatMap: UInt64) -> Double? {
        if value.isImmediateFloat { return value.immediateFloat }
        if value.isObject && value.object[word: 0].raw == floatMap { return value.object.floatValue }
        return nil
    }

    /// The fast path of an arithmetic instruction with a float operand (docs/numbers.md,
    /// "Fast paths"): a float receiver with a float or integer argument, or an integer
    /// receiver with a float argument, when the receiver's method for the operation
    /// is the plain primitive wrapper. Answers the result (a float, or a boolean),
    /// or nil to make the real send. An integer beyond 2^53 compared with a float
    /// takes the send, whose primitive compares exactly. (Two immediate floats are
    /// handled in the dispatch loop itself.)
    @inline(never)
    func floatArithmetic(_ x: Value, _ y: Value, _ operation: Int, floatMap: UInt64) -> Value? {
        let left: Double
        let right: Double
        var integerOperand: Int64? = nil
        if let receiver = floatOperand(x, floatMap: floatMap) {
            guard floatArithmeticValid & (1 &<< UInt64(operation)) != 0 else { return nil }
            left = receiver
            if y.isInteger {
                integerOperand = y.integer
                right = Double(y.integer)
            } else if let argument = floatOperand(y, floatMap: floatMap) {
                right = argument
            } else {
                return nil
            }
        } else if x.isInteger, let argument = floatOperand(y, floatMap: floatMap) {
            guard arithmeticValid & (1 &<< UInt64(operation)) != 0 else { return nil }
            integerOperand = x.integer
            left = Double(x.integer)
            right = argument
        } else {
            return nil
        }
        switch operation {
        case ArithmeticOperation.add.rawValue: return memory.makeFloat(left + right)
        case ArithmeticOperation.subtract.rawValue: return memory.makeFloat(left - right)
        case ArithmeticOperation.multiply.rawValue: return memory.makeFloat(left * right)
        case ArithmeticOperation.divide.rawValue: return memory.makeFloat(left / right)
        case ArithmeticOperation.modulo.rawValue: return memory.makeFloat(flooredModulo(left, right))
        default:
            if let n = integerOperand, n.magnitude > 1 << 53 { return nil }
            let known = memory.known
            switch operation {
            case ArithmeticOperation.lessThan.rawValue: return left < right ? known.trueObject : known.falseObject
            case ArithmeticOperation.greaterThan.rawValue: return left > right ? known.trueObject : known.falseObject
            case ArithmeticOperation.lessOrEqual.rawValue: return left <= right ? known.trueObject : known.falseObject
            case ArithmeticOperation.greaterOrEqual.rawValue:
                return left >= right ? known.trueObject : known.falseObject
            case ArithmeticOperation.notEqual.rawValue: return left != right ? known.trueObject : known.falseObject
            default: return left == right ? known.trueObject : known.falseObject
            }
        }
    }

    /// Whether a one-argument method is exactly `( _Primitive: arg )`.
    func isPrimitiveWrapper(_ method: ObjectRef, primitive: Int) -> Bool {
        wrappedPrimitive(method) == primitive && Int(codeInfo(of: method).pointee.argumentCount) == 1
    }

    /// The code of a method object, compiled if it was not yet.
    func codeInfo(of method: ObjectRef) -> UnsafeMutablePointer<CodeInfo> {
        let info = pointer(fromRawWord: method[word: 2]).assumingMemoryBound(to: CodeInfo.self)
        _ = materialize(info)
        return info
    }

    /// Compiles a lazily compiled method (`CompiledCode.compileLazily`) and makes its
    /// code info the real code's, in place, so that every method object and frame
    /// referring to it runs the real code. Returns false if compiling failed.
    func materialize(_ info: UnsafeMutablePointer<CodeInfo>) -> Bool {
        let stub = codes[info.pointee.index]
        guard let compile = stub.compileLazily else { return true }
        stub.compileLazily = nil
        guard let real = compile() else { return false }
        let own = info.pointee
        info.pointee = real.info.pointee
        // The stub's one instruction is not running any more: frames at it go on at
        // the real code's first instruction.
        own.instructions.deallocate()
        own.constants.deallocate()
        own.sites.deallocate()
        stub.forwarded = true
        real.stub = stub
        // Caches that looked at the stub (e.g. for primitive wrappers) look again.
        invalidateLookups()
        return true
    }

    /// Primitives that must run in their own activation (they read the sending code's
    /// directory, or restart it), so a method wrapping one is never bypassed.
    static let framePrimitives: Set<String> = ["_RunScript", "_EvaluateStringIfFail:", "_Restart"]

    /// The primitive a method does nothing but call with its receiver and arguments in
    /// order (`( _Prim: a With: b )`), or nil:
    /// `move X r0; move X+3 r3; …; primitive X P n; [move Y X;] returnValue Y`.
    func wrappedPrimitive(_ method: ObjectRef) -> Int? {
        let code = codeInfo(of: method).pointee
        let count = codes[code.index].instructionCount
        let arguments = code.argumentCount
        guard code.localCount == 0, count == arguments + 3 || count == arguments + 4 else { return nil }
        let words = (0..<count).map { code.instructions[$0] }
        let base = Instruction.a(words[0])
        guard Instruction.op(words[0]) == .move, Instruction.b(words[0]) == FrameLayout.selfRegister else { return nil }
        for index in 0..<arguments {
            let word = words[1 + index]
            guard Instruction.op(word) == .move, Instruction.a(word) == base + FrameLayout.firstArgument + index,
                Instruction.b(word) == FrameLayout.firstArgument + index
            else { return nil }
        }
        let call = words[1 + arguments]
        guard Instruction.op(call) == .primitive, Instruction.a(call) == base, Instruction.c(call) == arguments,
            !VirtualMachine.framePrimitives.contains(PrimitiveTable.names[Instruction.b(call)])
        else { return nil }
        var result = base
        if count == arguments + 4 {
            let move = words[2 + arguments]
            guard Instruction.op(move) == .move, Instruction.b(move) == base else { return nil }
            result = Instruction.a(move)
        }
        let last = words[count - 1]
        guard Instruction.op(last) == .returnValue, Instruction.a(last) == result else { return nil }
        return Instruction.b(call)
    }

    /// Recomputes which inlined control forms may run inline (per lookup epoch). A
    /// form is valid only while the world defines it as the inlined code assumes:
    ///
    /// - the conditionals, when `true` and `false` each answer the selector with a
    ///   method that evaluates the right argument (`( t value )`) or answers nil;
    /// - `whileTrue:`, `whileFalse:` (on blocks) and `to:Do:` (on integers), when the
    ///   method found is still the first definition the VM saw (a redefinition
    ///   disables inlining for good).
    ///
    /// So with no world loaded, or with a world that defines these differently, the
    /// inlined code takes its fallback: a real send.
    func validateControl() {
        var valid: UInt64 = 0
        let known = memory.known
        // (selector, argument evaluated by true, by false; -1: answers nil, -2: answers
        // false, -3: answers true)
        let conditionals: [(Int, Int, Int)] = [
            (InlineGuard.ifTrue, 0, -1), (InlineGuard.ifFalse, -1, 0),
            (InlineGuard.ifTrueFalse, 0, 1), (InlineGuard.ifFalseTrue, 1, 0),
            (InlineGuard.and, 0, -2), (InlineGuard.or, -3, 0),
        ]
        for (guardIndex, onTrue, onFalse) in conditionals {
            let selector = memory.selectors.intern(InlineGuard.selectors[guardIndex])
            if answers(known.trueObject, selector, byEvaluating: onTrue)
                && answers(known.falseObject, selector, byEvaluating: onFalse)
            {
                valid |= 1 << UInt64(guardIndex)
            }
        }
        let loops: [(Int, Value)] = [
            (InlineGuard.whileTrue, known.blockTraits), (InlineGuard.whileFalse, known.blockTraits),
            (InlineGuard.toDo, Value(integer: 0)), (InlineGuard.throughDo, Value(integer: 0)),
        ]
        for (guardIndex, receiver) in loops {
            let selector = memory.selectors.intern(InlineGuard.selectors[guardIndex])
            let found = lookup(selector, in: receiver)
            guard found.kind == .method else { continue }
            if firstDefinitions[guardIndex] == .empty { firstDefinitions[guardIndex] = found.value }
            if firstDefinitions[guardIndex] == found.value { valid |= 1 << UInt64(guardIndex) }
        }
        controlValid = valid | InlineGuard.neverBit
        controlEpoch = lookupEpoch
    }

    /// Whether `receiver` answers `selector` with a method that is exactly
    /// `( argN value )` (argument ≥ 0: compiled to `send r = argN S value` and
    /// `returnValue r`), or that answers nil (argument −1: an empty
    /// body, or `( nil )` where `nil` is the nil object), false (−2: `( false )`) or
    /// true (−3: `( true )`).
    func answers(_ receiver: Value, _ selector: Int32, byEvaluating argument: Int) -> Bool {
        let found = lookup(selector, in: receiver)
        guard found.kind == .method else { return false }
        let code = codeInfo(of: found.value.object).pointee
        let count = codes[code.index].instructionCount
        let words = (0..<count).map { code.instructions[$0] }
        guard let last = words.last, Instruction.op(last) == .returnValue else { return false }
        let result = Instruction.a(last)
        if argument >= 0 {
            // `send r = argN S value` (the receiver copied by the send), then the return.
            let argumentRegister = FrameLayout.firstArgument + argument
            guard count == 2, Instruction.op(words[0]) == .send, Instruction.a(words[0]) == result,
                Instruction.c(words[0]) == argumentRegister + 1
            else { return false }
            let site = code.sites[Instruction.b(words[0])]
            return memory.selectors.name(site.selector) == "value"
        }
        let (expected, name) =
            switch argument {
            case -2: (memory.known.falseObject, "false")
            case -3: (memory.known.trueObject, "true")
            default: (memory.nilValue, "nil")
            }
        guard count == 2, Instruction.a(words[0]) == result else { return false }
        switch Instruction.op(words[0]) {
        case .loadConstant:
            return code.constants[Instruction.b(words[0])] == expected
        case .send:
            let site = code.sites[Instruction.b(words[0])]
            guard Instruction.c(words[0]) == 1, memory.selectors.name(site.selector) == name else { return false }
            let found = lookup(site.selector, in: receiver)
            return found.kind == .constant && found.value == expected
        default:
            return false
        }
    }
}

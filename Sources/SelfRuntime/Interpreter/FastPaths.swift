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

    /// Whether a one-argument method is exactly `( _Primitive: arg )`:
    /// `move X r0; move X+3 r3; primitive X P 1; [move Y X;] returnValue Y`.
    func isPrimitiveWrapper(_ method: ObjectRef, primitive: Int) -> Bool {
        let code = pointer(fromRawWord: method[word: 2]).assumingMemoryBound(to: CodeInfo.self).pointee
        let count = codes[code.index].instructionCount
        guard code.argumentCount == 1, count == 4 || count == 5 else { return false }
        let words = (0..<count).map { code.instructions[$0] }
        let base = Instruction.a(words[0])
        var result = base
        if count == 5 {
            guard Instruction.op(words[3]) == .move, Instruction.b(words[3]) == base else { return false }
            result = Instruction.a(words[3])
        }
        return Instruction.op(words[0]) == .move && Instruction.b(words[0]) == FrameLayout.selfRegister
            && Instruction.op(words[1]) == .move && Instruction.a(words[1]) == base + FrameLayout.firstArgument
            && Instruction.b(words[1]) == FrameLayout.firstArgument
            && Instruction.op(words[2]) == .primitive && Instruction.a(words[2]) == base
            && Instruction.b(words[2]) == primitive && Instruction.c(words[2]) == 1
            && Instruction.op(words[count - 1]) == .returnValue && Instruction.a(words[count - 1]) == result
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
        // (selector, argument evaluated by true (-1: answers nil), by false)
        let conditionals: [(Int, Int, Int)] = [
            (InlineGuard.ifTrue, 0, -1), (InlineGuard.ifFalse, -1, 0),
            (InlineGuard.ifTrueFalse, 0, 1), (InlineGuard.ifFalseTrue, 1, 0),
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
            (InlineGuard.toDo, Value(integer: 0)),
        ]
        for (guardIndex, receiver) in loops {
            let selector = memory.selectors.intern(InlineGuard.selectors[guardIndex])
            let found = lookup(selector, in: receiver)
            guard found.kind == .method else { continue }
            if firstDefinitions[guardIndex] == .empty { firstDefinitions[guardIndex] = found.value }
            if firstDefinitions[guardIndex] == found.value { valid |= 1 << UInt64(guardIndex) }
        }
        controlValid = valid
        controlEpoch = lookupEpoch
    }

    /// Whether `receiver` answers `selector` with a method that is exactly
    /// `( argN value )` (argument ≥ 0), or that answers nil (argument −1: an empty
    /// body, or `( nil )` where `nil` is the nil object).
    func answers(_ receiver: Value, _ selector: Int32, byEvaluating argument: Int) -> Bool {
        let found = lookup(selector, in: receiver)
        guard found.kind == .method else { return false }
        let code = pointer(fromRawWord: found.value.object[word: 2]).assumingMemoryBound(to: CodeInfo.self).pointee
        let count = codes[code.index].instructionCount
        let words = (0..<count).map { code.instructions[$0] }
        guard let last = words.last, Instruction.op(last) == .returnValue else { return false }
        let result = Instruction.a(last)
        if argument >= 0 {
            guard count == 3, Instruction.op(words[0]) == .move, Instruction.a(words[0]) == result,
                Instruction.b(words[0]) == FrameLayout.firstArgument + argument,
                Instruction.op(words[1]) == .send, Instruction.a(words[1]) == result, Instruction.c(words[1]) == 0
            else { return false }
            let site = code.sites[Instruction.b(words[1])]
            return memory.selectors.name(site.selector) == "value"
        }
        guard count == 2, Instruction.a(words[0]) == result else { return false }
        switch Instruction.op(words[0]) {
        case .loadConstant:
            return code.constants[Instruction.b(words[0])] == memory.nilValue
        case .send:
            let site = code.sites[Instruction.b(words[0])]
            guard Instruction.c(words[0]) == 1, memory.selectors.name(site.selector) == "nil" else { return false }
            let nilFound = lookup(site.selector, in: receiver)
            return nilFound.kind == .constant && nilFound.value == memory.nilValue
        default:
            return false
        }
    }
}

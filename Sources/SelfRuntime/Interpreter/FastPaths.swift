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

    /// Called by `_AddSlots:` before it changes `target`: a slot named like an inlined
    /// form's selector, added where that selector is already understood, overrides the
    /// definition the inlined code assumes, so its guard trips for good.
    func tripInlineGuards(adding source: ObjectRef, to target: ObjectRef) {
        let map = source.map
        for index in 0..<map.mapSlotCount {
            let name = memory.selectors.name(map.mapSlotName(index))
            guard let guardIndex = InlineGuard.selectors.firstIndex(of: name) else { continue }
            if lookup(map.mapSlotName(index), in: target.value).kind != .notFound {
                inlineGuards |= 1 << UInt64(guardIndex)
            }
        }
    }
}

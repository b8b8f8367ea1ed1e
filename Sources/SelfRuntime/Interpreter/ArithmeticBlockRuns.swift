/// Running an `arithmeticBlock` (docs/bytecode.md, "Arithmetic blocks"; the
/// program's layout is `ArithmeticBlock`'s, the pass that makes blocks
/// `CodeGenerator.fuseArithmeticBlocks`).
extension VirtualMachine {
    /// Runs the `arithmeticBlock` instruction `word` whose program is at `program`
    /// (`ArithmeticBlock`) and answers where the code goes on: after the block, with
    /// its outputs stored and the fused `move` or `jumpIfFalse` of a comparison that
    /// ends it done as `storeComparison` does; or, when the block cannot run at once
    /// here, the first instruction it stands for, which then run one by one.
    ///
    /// It cannot when a value it reads is neither a float (immediate or an object)
    /// nor a small integer, when the values are of both kinds, when the mask of
    /// their kind does not allow every operation, for a float modulo, or when an
    /// integer result overflows or a divisor is one the primitive reports. Nothing
    /// is stored before everything is computed, so giving up costs only the time.
    @inline(never)
    func runArithmeticBlock(
        _ word: UInt64, program: UnsafePointer<UInt64>, _ regs: UnsafeMutablePointer<Value>,
        _ constants: UnsafeMutablePointer<Value>
    ) -> UnsafePointer<UInt64> {
        let start = program + Instruction.a(word)
        let end = start + Instruction.c(word)
        let operations = UInt64(Instruction.b(word) & 0x7FF)
        let endsWithComparison = Instruction.b(word) & ArithmeticBlock.endsWithComparison != 0
        let registerCount = ArithmeticBlock.count(0, of: program)
        let inputCount = registerCount &+ ArithmeticBlock.count(1, of: program)
        let operationCount = ArithmeticBlock.count(2, of: program)
        let computedCount = endsWithComparison ? operationCount &- 1 : operationCount
        let outputCount = ArithmeticBlock.count(3, of: program)
        let entries = ArithmeticBlock.entries(program)
        let slots = blockSlots
        @inline(__always) func input(_ k: Int) -> Value {
            let index = Int(truncatingIfNeeded: entries[k])
            return k < registerCount ? regs[index] : constants[index]
        }
        var holds = false
        let first = input(0)
        if !first.isInteger {
            let floatMap = memory.known.floatMap.value.raw
            /// The double of an immediate float or a float object, or nil.
            @inline(__always) func number(_ value: Value) -> Double? {
                if _fastPath(value.isImmediateFloat) { return value.immediateFloat }
                return value.isObject && value.object[word: 0].raw == floatMap ? value.object.floatValue : nil
            }
            guard floatArithmeticValid & operations == operations else { return start }
            var k = 0
            while k < registerCount {
                guard let value = number(regs[Int(truncatingIfNeeded: entries[k])]) else { return start }
                slots[k] = value.bitPattern
                k &+= 1
            }
            while k < inputCount {
                guard let value = number(constants[Int(truncatingIfNeeded: entries[k])]) else { return start }
                slots[k] = value.bitPattern
                k &+= 1
            }
            @inline(__always) func operands(_ entry: UInt16) -> (Double, Double) {
                (
                    Double(bitPattern: slots[ArithmeticBlock.left(entry)]),
                    Double(bitPattern: slots[ArithmeticBlock.right(entry)])
                )
            }
            k = 0
            while k < computedCount {
                let entry = entries[inputCount &+ k]
                let (left, right) = operands(entry)
                let result: Double
                switch ArithmeticBlock.operation(entry) {
                case ArithmeticOperation.add.rawValue: result = left + right
                case ArithmeticOperation.subtract.rawValue: result = left - right
                case ArithmeticOperation.multiply.rawValue: result = left * right
                case ArithmeticOperation.divide.rawValue: result = left / right
                default: return start
                }
                slots[inputCount &+ k] = result.bitPattern
                k &+= 1
            }
            if endsWithComparison {
                let entry = entries[inputCount &+ computedCount]
                let (left, right) = operands(entry)
                switch ArithmeticBlock.operation(entry) {
                case ArithmeticOperation.lessThan.rawValue: holds = left < right
                case ArithmeticOperation.greaterThan.rawValue: holds = left > right
                case ArithmeticOperation.lessOrEqual.rawValue: holds = left <= right
                case ArithmeticOperation.greaterOrEqual.rawValue: holds = left >= right
                case ArithmeticOperation.notEqual.rawValue: holds = left != right
                default: holds = left == right
                }
            }
            // Each output slot is encoded once; an allocation may move what an
            // earlier one made, which is in its register by then.
            var lastSlot = -1
            var value = Value.empty
            var output = entries + (inputCount &+ operationCount)
            let outputEnd = output + 2 &* outputCount
            while output < outputEnd {
                let slot = Int(truncatingIfNeeded: output[1])
                if slot != lastSlot {
                    value = memory.makeFloat(Double(bitPattern: slots[slot]))
                    lastSlot = slot
                }
                regs[Int(truncatingIfNeeded: output[0])] = value
                output += 2
            }
        } else {
            guard arithmeticValid & operations == operations else { return start }
            var k = 0
            while k < inputCount {
                let value = input(k)
                guard value.isInteger else { return start }
                slots[k] = value.raw
                k &+= 1
            }
            k = 0
            while k < computedCount {
                let entry = entries[inputCount &+ k]
                let left = Value(raw: slots[ArithmeticBlock.left(entry)])
                let right = Value(raw: slots[ArithmeticBlock.right(entry)])
                let result: Value?
                switch ArithmeticBlock.operation(entry) {
                case ArithmeticOperation.add.rawValue: result = VirtualMachine.integerResult(.add, left, right)
                case ArithmeticOperation.subtract.rawValue:
                    result = VirtualMachine.integerResult(.subtract, left, right)
                case ArithmeticOperation.multiply.rawValue:
                    result = VirtualMachine.integerResult(.multiply, left, right)
                case ArithmeticOperation.divide.rawValue:
                    result = VirtualMachine.integerResult(.divide, left, right)
                default: result = VirtualMachine.integerResult(.modulo, left, right)
                }
                guard let result else { return start }
                slots[inputCount &+ k] = result.raw
                k &+= 1
            }
            if endsWithComparison {
                let entry = entries[inputCount &+ computedCount]
                let left = Int64(bitPattern: slots[ArithmeticBlock.left(entry)])
                let right = Int64(bitPattern: slots[ArithmeticBlock.right(entry)])
                holds = VirtualMachine.compare(
                    ArithmeticOperation(rawValue: ArithmeticBlock.operation(entry))!, left, right)
            }
            var output = entries + (inputCount &+ operationCount)
            let outputEnd = output + 2 &* outputCount
            while output < outputEnd {
                regs[Int(truncatingIfNeeded: output[0])] = Value(raw: slots[Int(truncatingIfNeeded: output[1])])
                output += 2
            }
        }
        guard endsWithComparison else { return end }
        // The comparison is the block's last instruction, two words before its end.
        let comparison = end - 2
        let result = holds ? memory.known.trueObject : memory.known.falseObject
        regs[Instruction.a(comparison.pointee)] = result
        var next = end
        let extensionWord = comparison[1]
        if ArithmeticExtension.fusesMove(extensionWord) {
            regs[Instruction.a(next.pointee)] = result
            next += 1
        } else if ArithmeticExtension.fusesBranch(extensionWord) {
            next = fusedBranch(at: next, holds, threaded: ArithmeticExtension.threadsTrue(extensionWord))
        }
        return next
    }

    /// Where the code goes on after a comparison whose result `result` the
    /// `jumpIfFalse` at `branch` tests (`ArithmeticExtension.fusedBranch`), taken
    /// here while its guard holds: as that instruction would, past the fallback jump
    /// after it when true, and with `threaded` (`ArithmeticExtension.threadedTrue`)
    /// through the forward `jump` after that too; with the guard tripped, `branch`
    /// itself, which then takes its fallback.
    @inline(__always)
    func fusedBranch(at branch: UnsafePointer<UInt64>, _ result: Bool, threaded: Bool) -> UnsafePointer<UInt64> {
        let word = branch.pointee
        guard controlValid & (1 &<< UInt64(Instruction.b(word))) != 0 else { return branch }
        guard result else { return branch + (1 &+ Instruction.c(word)) }
        let onTrue = branch + 2
        return threaded ? onTrue + (1 &+ Instruction.c(onTrue.pointee)) : onTrue
    }
}

import SelfSyntax

/// Arithmetic blocks (docs/bytecode.md, "Arithmetic blocks"): a run of arithmetic
/// instructions, literal loads and the moves of assignments, such as the body of
/// Mandelbrot's loop or `((dx * dx) + (dy * dy)) + (dz * dz)`, gets an
/// `arithmeticBlock` instruction before it that runs the whole run at once when
/// every value it reads is a float, or every one a small integer: one dispatch
/// instead of one per instruction, and values stay machine numbers between the
/// operations instead of being encoded, stored, loaded and decoded. The run stays
/// after it as it was, so any other value, a redefined operator or an overflow runs
/// the instructions one by one, exactly as without the block.
extension CodeGenerator {
    /// What an instruction of a block does.
    enum BlockMember {
        /// `loadInteger`, or `loadConstant` of an integer or an immediate float.
        case literal
        /// `move`, of a value the block computed.
        case move
        case operation(ArithmeticOperation)
    }

    /// A value of a block being built: the register or constant read `index`-th, or
    /// the result of operation `index`. Slots number the registers, then the
    /// constants, then the operations, so a slot is known only once the block is.
    enum BlockValue: Hashable {
        case register(Int)
        case constant(Int)
        case result(Int)
    }

    /// The most instructions one block covers (each adds at most three slots).
    static let maximumBlockInstructions = 20
    /// The fewest operations in a chain, each an operand of the next, that a block
    /// holds. A block's fixed cost is about a hundred machine instructions, and its
    /// operations cost about half of what dispatching them does, so it pays only
    /// where it shortens the chain of latencies: each link of the chain is then an
    /// arithmetic instruction on doubles, not an encode, store, load and decode
    /// around one (docs/performance.md, "Arithmetic blocks").
    static let minimumBlockChain = 4

    /// Inserts an `arithmeticBlock` before each run of instructions that holds
    /// nothing but arithmetic operations, literal loads and moves of what they
    /// computed, a chain of at least `minimumBlockChain` operations and no integer
    /// literal, remapping every jump offset, `positions` and `bodyStart`. A jump to
    /// the start of a run reaches its block; a run ends before any other
    /// instruction a jump reaches, and after a comparison (whose result is a
    /// boolean, not a number).
    ///
    /// Runs before `fuseArithmeticResults`, which marks the fused move or branch of
    /// the comparison that ends a block as for any comparison; the block does those
    /// through the comparison's extension word.
    func fuseArithmeticBlocks() {
        var starts: [Int] = []
        var destinations = Set<Int>()
        forEachInstruction { pc, word in
            starts.append(pc)
            if Instruction.op(word).jumps { destinations.insert(pc + 1 + Instruction.c(word)) }
        }
        var insertions: [(at: Int, words: [UInt64])] = []
        var index = 0
        while index < starts.count {
            if let (end, words) = arithmeticBlock(from: index, starts: starts, destinations: destinations) {
                insertions.append((starts[index], words))
                index = end
            } else {
                index += 1
            }
        }
        guard !insertions.isEmpty else { return }
        insertWords(insertions)
    }

    /// What the instruction at `pc` does in a block, or nil if it cannot be in one.
    func blockMember(_ pc: Int) -> BlockMember? {
        let word = instructions[pc]
        switch Instruction.op(word) {
        case .loadInteger:
            return .literal
        case .loadConstant:
            let value = constants[Instruction.b(word)]
            return value.isInteger || value.isImmediateFloat ? .literal : nil
        case .move:
            return .move
        default:
            return Instruction.op(word).arithmeticOperation.map { .operation($0) }
        }
    }

    /// The end (an index into `starts`) and the `arithmeticBlock` words of the block
    /// that starts at instruction `first`, or nil when none does.
    func arithmeticBlock(from first: Int, starts: [Int], destinations: Set<Int>) -> (Int, [UInt64])? {
        guard let kind = blockMember(starts[first]) else { return nil }
        if case .move = kind { return nil }
        var written = Set<Int>()
        var end = first
        while end < starts.count, end - first < CodeGenerator.maximumBlockInstructions {
            if end > first && destinations.contains(starts[end]) { break }
            guard let member = blockMember(starts[end]) else { break }
            let word = instructions[starts[end]]
            // A move belongs only when it moves what the block computed.
            if case .move = member, !written.contains(Instruction.b(word)) { break }
            written.insert(Instruction.a(word))
            end += 1
            if case .operation(let operation) = member, operation.isComparison { break }
        }
        while end > first {
            if let words = blockWords(from: first, to: end, starts: starts) { return (end, words) }
            end -= 1
        }
        return nil
    }

    /// The `arithmeticBlock` words for instructions `first..<end` (indices into
    /// `starts`), or nil when their longest chain of operations is too short, they
    /// hold an integer literal, end with a literal load, or need more slots or
    /// wider indices than a program has. Nothing is added to the constants unless
    /// the block is made.
    func blockWords(from first: Int, to end: Int, starts: [Int]) -> [UInt64]? {
        if case .literal? = blockMember(starts[end - 1]) { return nil }
        let firstTemporary = FrameLayout.firstArgument + bodyScope.ordered.count
        // Registers and constants read, each once, in order.
        var registers: [Int] = []
        var constantValues: [Value] = []
        var operations: [(ArithmeticOperation, BlockValue, BlockValue)] = []
        // The value each register holds once the instructions so far ran, and the
        // value in it that an operation read.
        var current: [Int: BlockValue] = [:]
        var consumed: [Int: BlockValue] = [:]
        // An integer literal marks integer code, where a block does not pay: an
        // integer operation has no encoding to spare and a latency of one cycle.
        var integerLiteral = false
        func constantInput(_ value: Value) -> BlockValue {
            integerLiteral = integerLiteral || value.isInteger
            if let position = constantValues.firstIndex(of: value) { return .constant(position) }
            constantValues.append(value)
            return .constant(constantValues.count - 1)
        }
        func read(_ register: Int) -> BlockValue {
            let value: BlockValue
            if let known = current[register] {
                value = known
            } else if let position = registers.firstIndex(of: register) {
                value = .register(position)
            } else {
                registers.append(register)
                value = .register(registers.count - 1)
            }
            consumed[register] = value
            return value
        }
        var endsWithComparison = false
        for index in first..<end {
            let pc = starts[index]
            let word = instructions[pc]
            let target = Instruction.a(word)
            switch Instruction.op(word) {
            case .loadInteger:
                current[target] = constantInput(Value(integer: Int64(Instruction.c(word))))
            case .loadConstant:
                current[target] = constantInput(constants[Instruction.b(word)])
            case .move:
                current[target] = current[Instruction.b(word)]
            default:
                guard let operation = Instruction.op(word).arithmeticOperation else { return nil }
                let extensionWord = instructions[pc + 1]
                let left = read(Instruction.b(word))
                let right =
                    ArithmeticExtension.hasImmediate(extensionWord)
                    ? constantInput(Value(integer: ArithmeticExtension.immediate(extensionWord)))
                    : read(Instruction.c(word))
                operations.append((operation, left, right))
                if operation.isComparison {
                    endsWithComparison = true
                    current[target] = nil
                } else {
                    current[target] = .result(operations.count - 1)
                }
            }
        }
        let inputCount = registers.count + constantValues.count
        // The longest chain of operations, each an operand of the next.
        var chain: [Int] = []
        func depth(_ value: BlockValue) -> Int {
            if case .result(let index) = value { return chain[index] }
            return 0
        }
        for (_, left, right) in operations { chain.append(1 + max(depth(left), depth(right))) }
        guard (chain.max() ?? 0) >= CodeGenerator.minimumBlockChain, !integerLiteral,
            inputCount + operations.count <= ArithmeticBlock.maximumSlots,
            constants.count + constantValues.count <= ArithmeticBlock.maximumIndex
        else { return nil }
        func slot(_ value: BlockValue) -> Int {
            switch value {
            case .register(let index): index
            case .constant(let index): registers.count + index
            case .result(let index): inputCount + index
            }
        }
        // A local keeps its value after the block; a temporary whose value an
        // operation read is dead (each operand is computed for its operation alone).
        var outputs: [(register: Int, slot: Int)] = []
        for (register, value) in current where register < firstTemporary || consumed[register] != value {
            outputs.append((register, slot(value)))
        }
        outputs.sort { ($0.slot, $0.register) < ($1.slot, $1.register) }
        let program = ArithmeticBlock.words(
            registers: registers, constants: constantValues.map { constant($0) },
            operations: operations.map { ArithmeticBlock.operation($0.0, left: slot($0.1), right: slot($0.2)) },
            outputs: outputs)
        let mask = operations.reduce(0) { $0 | 1 << $1.0.rawValue }
        let span = (end < starts.count ? starts[end] : instructions.count) - starts[first]
        let header = Instruction.encode(
            .arithmeticBlock, a: program.count, b: mask | (endsWithComparison ? ArithmeticBlock.endsWithComparison : 0),
            c: span)
        return [header] + program
    }

    /// Inserts words before instructions (`insertions` in ascending order of `at`),
    /// remapping jump offsets, `positions` and `bodyStart`; a jump to an instruction
    /// that gets words before it reaches the first of them.
    func insertWords(_ insertions: [(at: Int, words: [UInt64])]) {
        // reached[i]: where a jump to old word i goes (the first word inserted before it).
        var reached = [Int](repeating: 0, count: instructions.count + 1)
        var shift = 0
        var next = 0
        for index in 0...instructions.count {
            reached[index] = index + shift
            if next < insertions.count && insertions[next].at == index {
                shift += insertions[next].words.count
                next += 1
            }
        }
        var newInstructions: [UInt64] = []
        var newPositions: [SourceRange?] = []
        newInstructions.reserveCapacity(instructions.count + shift)
        newPositions.reserveCapacity(instructions.count + shift)
        next = 0
        var pc = 0
        while pc < instructions.count {
            if next < insertions.count && insertions[next].at == pc {
                for inserted in insertions[next].words {
                    newInstructions.append(inserted)
                    newPositions.append(positions[pc])
                }
                next += 1
            }
            appendRelocated(pc, to: &newInstructions, &newPositions, destinations: reached)
            pc += Instruction.width(instructions[pc])
        }
        instructions = newInstructions
        positions = newPositions
        bodyStart = reached[bodyStart]
    }
}

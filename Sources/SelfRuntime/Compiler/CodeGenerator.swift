import SelfSyntax

/// Generates the instructions of one body (method, inline method, block or script).
///
/// Registers are allocated like a stack: `top` is the first free register, every
/// expression is compiled into a fresh register at the top, and a send's receiver and
/// arguments are laid out from there (receiver, two reserved registers, arguments), so
/// the callee's frame can start at the receiver and nothing above it is live.
final class CodeGenerator {
    let compiler: Compiler
    /// The scope names resolve in: the body's own, or an inlined scope within it.
    var scope: Scope
    /// The body's own scope.
    let bodyScope: Scope
    let kind: CodeKind
    var memory: ObjectMemory { compiler.memory }

    var instructions: [UInt64] = []
    var positions: [SourceRange?] = []
    var constants: [Value] = []
    var sites: [SendSite] = []
    var strings: [[UInt8]] = []
    var templates: [ObjectTemplate] = []
    var lazyBlocks: [() -> Value?] = []
    /// Code that constants refer to by raw pointer (`CompiledCode.referencedCode`).
    var referencedCode: [UnsafeMutablePointer<CodeInfo>] = []
    var top: Int
    var maximumRegister: Int
    var bodyStart = 0

    init(compiler: Compiler, scope: Scope, kind: CodeKind) {
        self.compiler = compiler
        self.scope = scope
        self.bodyScope = scope
        self.kind = kind
        top = FrameLayout.firstArgument + scope.ordered.count
        maximumRegister = top
    }

    // MARK: - Emission

    /// The source offset of the first instruction whose operands did not fit their
    /// fields, if any (`Compiler.compileBody` then reports an error).
    var operandOverflow: Int?
    /// The offset that stands for the body when an instruction has no range.
    var bodyOffset = 0

    @discardableResult
    func emit(_ op: Opcode, a: Int = 0, b: Int = 0, c: Int = 0, at range: SourceRange? = nil) -> Int {
        instructions.append(encode(op, a: a, b: b, c: c, at: range?.start))
        positions.append(range)
        return instructions.count - 1
    }

    /// An instruction word; operands that do not fit are recorded as an overflow
    /// (and encoded as zeros) instead of trapping.
    func encode(_ op: Opcode, a: Int, b: Int, c: Int, at offset: Int?) -> UInt64 {
        if Instruction.fits(a: a, b: b, c: c) { return Instruction.encode(op, a: a, b: b, c: c) }
        if operandOverflow == nil { operandOverflow = offset ?? bodyOffset }
        return Instruction.encode(op)
    }

    /// A fresh register at the top.
    func allocate(_ count: Int = 1) -> Int {
        let register = top
        top += count
        maximumRegister = max(maximumRegister, top)
        return register
    }

    func constant(_ value: Value) -> Int {
        if let index = constants.firstIndex(of: value) { return index }
        constants.append(value)
        return constants.count - 1
    }

    func site(_ selector: String) -> Int {
        let id = memory.selectors.intern(selector)
        sites.append(SendSite(selector: id, argumentCount: Int32(SelectorTable.argumentCount(of: selector))))
        return sites.count - 1
    }

    // MARK: - Bodies

    /// The prologue (making the context and moving captured variables into it), then
    /// the statements, then the return.
    func generate(_ body: CodeBody) throws(CompileError) {
        if bodyScope.hasContext {
            emit(.pushContext, c: bodyScope.contextVariables.count)
            for variable in bodyScope.contextVariables {
                emit(.setContext, a: variable.register, b: 0, c: variable.contextIndex)
            }
        }
        bodyStart = instructions.count
        let result = allocate()
        if body.statements.isEmpty {
            emit(.loadConstant, a: result, b: constant(memory.nilValue))
        }
        try compileStatements(body.statements, into: result)
        if body.statements.last?.isReturn != true { emit(.returnValue, a: result) }
    }

    /// Statements in order, each into `target`. A `^` statement returns from the home
    /// activation: a real non-local return in a block, an ordinary return elsewhere
    /// (the statements of inlined blocks are compiled into their enclosing body).
    ///
    /// With `lastUsed` false no statement's value is needed (loop bodies), otherwise
    /// only the last one's: an assignment whose value is unused then skips loading
    /// `self` as its result, and an inlined control form the `nil` it answers.
    func compileStatements(_ statements: [Statement], into target: Int, lastUsed: Bool = true) throws(CompileError) {
        for (index, statement) in statements.enumerated() {
            let mark = top
            let used = statement.isReturn || (lastUsed && index == statements.count - 1)
            if !used, case .send(let send) = statement.expression.kind, send.receiver == nil, !send.isPrimitive,
                try compileScopeAccess(send, into: target, valueUsed: false)
            {
                top = mark
                continue
            }
            if !used, case .send(let send) = statement.expression.kind, let form = ControlForm.of(send) {
                try compileControl(send, form: form, into: target, valueUsed: false)
                top = mark
                continue
            }
            try compile(statement.expression, into: target)
            top = mark
            if statement.isReturn {
                emit(kind == .block ? .nonLocalReturn : .returnValue, a: target, at: statement.range)
            }
        }
    }

    /// Peepholes on returns: a jump whose destination is a `returnValue` becomes that
    /// return, and `move X Y` directly before `returnValue X` becomes `returnValue Y`
    /// (the `returnValue X` stays, for jumps that land on it).
    func replaceJumpsToReturns() {
        forEachInstruction { pc, word in
            guard Instruction.op(word) == .jump else { return }
            let destination = pc + 1 + Instruction.c(word)
            if destination < instructions.count, Instruction.op(instructions[destination]) == .returnValue {
                instructions[pc] = instructions[destination]
            }
        }
        forEachInstruction { pc, word in
            guard Instruction.op(word) == .move, pc + 1 < instructions.count else { return }
            let next = instructions[pc + 1]
            if Instruction.op(next) == .returnValue && Instruction.a(next) == Instruction.a(word) {
                instructions[pc] = Instruction.encode(.returnValue, a: Instruction.b(word))
            }
        }
    }

    /// Marks each arithmetic instruction whose next instruction moves its result into
    /// another register (`ArithmeticExtension.fusedMove`), and each comparison whose
    /// next instruction branches on its result (`ArithmeticExtension.fusedBranch`),
    /// and whose branch then goes on to a forward `jump` when true
    /// (`ArithmeticExtension.threadedTrue`). Runs last: the move, branch or jump must
    /// stay where it is and what it is.
    func fuseArithmeticResults() {
        forEachInstruction { pc, word in
            guard let operation = Instruction.op(word).arithmeticOperation, pc + 2 < instructions.count else {
                return
            }
            let next = instructions[pc + 2]
            if movesResult(next, of: word) {
                instructions[pc + 1] |= ArithmeticExtension.fusedMove
            } else if operation.isComparison && branchesOnResult(next, of: word) {
                instructions[pc + 1] |= ArithmeticExtension.fusedBranch
                // The jumpIfFalse at pc + 2 and its fallback jump; then, on true:
                let onTrue = pc + 4
                if onTrue < instructions.count, Instruction.op(instructions[onTrue]) == .jump,
                    Instruction.c(instructions[onTrue]) > 0
                {
                    instructions[pc + 1] |= ArithmeticExtension.threadedTrue
                }
            }
        }
    }

    /// Notes in each send site whose `send A` is followed by `move D A` that the move
    /// may be done by the send itself (`SendSite.fusedMove`), and in each followed by
    /// `jumpIfFalse A` that the branch may be (`SendSite.fusedBranch`). Runs last, as
    /// `fuseArithmeticResults` does.
    func fuseSendResults() {
        forEachInstruction { pc, word in
            guard Instruction.op(word) == .send, pc + 1 < instructions.count else { return }
            let next = instructions[pc + 1]
            if movesResult(next, of: word) {
                sites[Instruction.b(word)].fusedMove = Int32(Instruction.a(next))
            } else if branchesOnResult(next, of: word) {
                sites[Instruction.b(word)].fusedMove = SendSite.fusedBranch
            }
        }
    }

    /// Whether `next` is `move D A` of the result of `word` (in its rA).
    func movesResult(_ next: UInt64, of word: UInt64) -> Bool {
        Instruction.op(next) == .move && Instruction.b(next) == Instruction.a(word)
    }

    /// Whether `next` is `jumpIfFalse A` on the result of `word` (in its rA).
    func branchesOnResult(_ next: UInt64, of word: UInt64) -> Bool {
        Instruction.op(next) == .jumpIfFalse && Instruction.a(next) == Instruction.a(word)
    }

    /// Appends the instruction at `pc` and its extension words to `words`, their
    /// source ranges to `ranges`: the passes that rebuild the code with words added
    /// (`duplicateBranches`, `insertWords`). A jump's offset is remapped to reach
    /// new position `destinations[d]` for its old destination `d`.
    func appendRelocated(_ pc: Int, to words: inout [UInt64], _ ranges: inout [SourceRange?], destinations: [Int]) {
        let word = instructions[pc]
        let op = Instruction.op(word)
        if op.jumps {
            let destination = destinations[pc + 1 + Instruction.c(word)]
            words.append(
                encode(
                    op, a: Instruction.a(word), b: Instruction.b(word), c: destination - (words.count + 1),
                    at: positions[pc]?.start))
        } else {
            words.append(word)
        }
        ranges.append(positions[pc])
        for extra in 1..<Instruction.width(word) {
            words.append(instructions[pc + extra])
            ranges.append(positions[pc + extra])
        }
    }

    /// Calls `body` with the index and word of every instruction (not extension words).
    func forEachInstruction(_ body: (Int, UInt64) -> Void) {
        var pc = 0
        while pc < instructions.count {
            let word = instructions[pc]
            body(pc, word)
            pc += Instruction.width(word)
        }
    }

    /// Peephole on jumps (jump threading): a jump whose destination is an
    /// unconditional `jump` goes to that jump's destination instead, which spares a
    /// dispatch wherever inlined control forms nest (the end of a branch that ends a
    /// loop body, a conditional whose branch is empty). A backward `jump` is a
    /// safepoint, so every loop keeps one: an unconditional jump may take any chain
    /// (if it ends up forward, the path back to it passes a backward jump), but a
    /// conditional jump, which is no safepoint, only skips forward jumps.
    func threadJumps() {
        forEachInstruction { pc, word in
            let op = Instruction.op(word)
            // `forLoop` is a loop's back edge: it keeps its destination.
            guard op.jumps, op != .forLoop else { return }
            let original = pc + 1 + Instruction.c(word)
            var destination = original
            var steps = 0
            while steps < 16, destination >= 0, destination < instructions.count,
                Instruction.op(instructions[destination]) == .jump
            {
                let next = destination + 1 + Instruction.c(instructions[destination])
                if op != .jump && next <= destination { break }
                if next == destination { break }
                destination = next
                steps += 1
            }
            if destination != original { patch(pc, to: destination) }
        }
    }

    func finish(name: String, argumentCount: Int) -> CompiledCode {
        threadJumps()
        duplicateBranches()
        threadJumps()
        replaceJumpsToReturns()
        fuseArithmeticBlocks()
        fuseArithmeticResults()
        fuseSendResults()
        let code = CompiledCode(
            kind: kind, name: name, source: compiler.source, directory: compiler.directory, instructions: instructions,
            positions: positions,
            constants: constants, sites: sites, strings: strings, objectTemplates: templates,
            lazyBlocks: lazyBlocks, registerCount: maximumRegister + 1, argumentCount: argumentCount,
            localCount: bodyScope.ordered.count - argumentCount, bodyStart: bodyStart)
        code.referencedCode = referencedCode
        return code
    }

    // MARK: - Expressions

    /// Compiles an expression so that its value ends up in `target`.
    func compile(_ expression: Expression, into target: Int) throws(CompileError) {
        switch expression.kind {
        case .integer(let value):
            if value >= -(1 << 23) && value < 1 << 23 {
                emit(.loadInteger, a: target, c: Int(value))
            } else {
                emit(.loadConstant, a: target, b: constant(Value(integer: value)))
            }
        case .float(let value):
            emit(.loadFloat, a: target, at: expression.range)
            instructions.append(value.bitPattern)
            positions.append(expression.range)
        case .string(let bytes):
            strings.append(bytes)
            emit(.loadString, a: target, b: strings.count - 1)
        case .selfObject:
            move(target, FrameLayout.selfRegister)
        case .object(let object):
            try compileObject(object, range: expression.range, into: target)
        case .block(let body):
            try compileBlock(body, into: target)
        case .send(let send):
            try compileSend(send, into: target)
        }
    }

    func move(_ target: Int, _ source: Int) {
        if target != source { emit(.move, a: target, b: source) }
    }

    func compileSend(_ send: Send, into target: Int) throws(CompileError) {
        if let form = ControlForm.of(send) {
            try compileControl(send, form: form, into: target)
            return
        }
        if send.selector == "_Restart" && send.arguments.isEmpty {
            emit(.restart, at: send.messageRange)
            return
        }
        if send.receiver == nil && !send.isPrimitive, try compileScopeAccess(send, into: target) {
            return
        }
        if !send.isPrimitive, send.arguments.count == 1, let operation = ArithmeticOperation.of(send.selector) {
            try compileArithmetic(send, operation: operation, into: target)
            return
        }
        let mark = top
        let base = sendBase(for: target)
        // An implicit receiver is copied into place by the send itself, and so is a
        // receiver that is a variable in a register (`send`'s C), unless an argument
        // could assign it: the receiver is evaluated first.
        let implicitReceiver = send.receiver == nil && !send.isPrimitive
        var receiverRegister: Int?
        if let receiver = send.receiver {
            if !send.isPrimitive, let register = register(of: receiver),
                !send.arguments.contains(where: { argument in
                    if case .send(let variable) = receiver.kind { return assigns(variable.selector, argument) }
                    return false
                })
            {
                receiverRegister = register
            } else {
                try compile(receiver, into: base)
            }
        } else if !implicitReceiver {
            move(base, FrameLayout.selfRegister)
        }
        for argument in send.arguments {
            let register = allocate()
            try compile(argument, into: register)
        }
        if send.isPrimitive {
            guard let index = PrimitiveTable.index(of: String(send.selector.dropFirst())) else {
                throw compiler.error("Unknown primitive '\(send.selector)'", at: send.messageRange.start)
            }
            emit(.primitive, a: base, b: index, c: send.arguments.count, at: send.messageRange)
        } else {
            let receiverSource = implicitReceiver ? FrameLayout.selfRegister + 1 : receiverRegister.map { $0 + 1 } ?? 0
            emit(.send, a: base, b: site(send.selector), c: receiverSource, at: send.messageRange)
        }
        move(target, base)
        top = mark
    }

    /// `a + b` and the other `ArithmeticOperation`s: operands are read from their own
    /// registers (a variable's, `self`'s, or a temporary) or, for a small integer
    /// literal, from the instruction itself; the result and a fallback send use the
    /// send layout at `base`.
    func compileArithmetic(_ send: Send, operation: ArithmeticOperation, into target: Int) throws(CompileError) {
        let mark = top
        let base = sendBase(for: target)
        let left: Int
        var literals: UInt64 = 0
        if let receiver = send.receiver {
            if let register = floatLiteralOperand(receiver) {
                left = register
                literals |= ArithmeticExtension.leftFloatLiteral
            } else if let register = register(of: receiver) {
                left = register
            } else {
                left = allocate()
                try compile(receiver, into: left)
            }
        } else {
            left = FrameLayout.selfRegister
        }
        let argument = send.arguments[0]
        var right = 0
        var immediate: Int64?
        if case .integer(let value) = argument.kind, value >= Int64(Int32.min) && value <= Int64(Int32.max) {
            immediate = value
        } else if let register = floatLiteralOperand(argument) {
            right = register
            literals |= ArithmeticExtension.rightFloatLiteral
        } else if let register = register(of: argument) {
            right = register
        } else {
            right = allocate()
            try compile(argument, into: right)
        }
        emit(operation.opcode, a: base, b: left, c: right, at: send.messageRange)
        let siteIndex = site(send.selector)
        if !ArithmeticExtension.fits(site: siteIndex, immediate: immediate), operandOverflow == nil {
            operandOverflow = send.messageRange.start
        }
        instructions.append(
            ArithmeticExtension.encode(
                site: ArithmeticExtension.fits(site: siteIndex, immediate: immediate) ? siteIndex : 0,
                immediate: immediate) | literals)
        positions.append(send.messageRange)
        move(target, base)
        top = mark
    }

    /// For a float literal with an immediate form: a new temporary holding it as an
    /// immediate float (a constant), for an arithmetic operand whose instruction
    /// makes the literal's new object only if its real send needs one
    /// (`ArithmeticExtension.leftFloatLiteral`). Nil for any other expression.
    func floatLiteralOperand(_ expression: Expression) -> Int? {
        guard case .float(let value) = expression.kind, let immediate = Value(immediateFloat: value) else {
            return nil
        }
        let register = allocate()
        emit(.loadConstant, a: register, b: constant(immediate))
        return register
    }

    /// The register already holding an expression's value, if any: `self`, or a
    /// variable of this frame that is not captured.
    func register(of expression: Expression) -> Int? {
        switch expression.kind {
        case .selfObject:
            return FrameLayout.selfRegister
        case .send(let send):
            guard send.receiver == nil, send.arguments.isEmpty, !send.isPrimitive,
                let found = scope.resolve(send.selector), found.frameDistance == 0,
                found.variable.inlineMethod == nil, !found.variable.isCaptured, found.variable.register >= 0
            else { return nil }
            return found.variable.register
        default:
            return nil
        }
    }

    /// A literal number, `self`, or a variable of this frame held in a register: an
    /// operand whose compilation is one instruction that reads nothing but it.
    func isSimpleOperand(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .integer, .float, .selfObject: true
        default: register(of: expression) != nil
        }
    }

    /// Where a send's receiver goes: `target` itself when it is the topmost temporary
    /// (nothing above it is live, so the callee's frame may start there and no move is
    /// needed afterwards), otherwise three fresh registers.
    func sendBase(for target: Int) -> Int {
        if target == top - 1 && target >= FrameLayout.firstArgument + bodyScope.ordered.count {
            _ = allocate(2)
            return target
        }
        return allocate(3)
    }

    /// An implicit-receiver send that names a variable or inline method of an
    /// enclosing scope (language.md §7.5). Returns false when the send must go to
    /// `self` by lookup.
    func compileScopeAccess(_ send: Send, into target: Int, valueUsed: Bool = true) throws(CompileError) -> Bool {
        if let found = scope.resolve(send.selector), let inline = found.variable.inlineMethod {
            try compileInlineCall(send, found: found, method: inline, into: target)
            return true
        }
        if send.arguments.isEmpty, let found = scope.resolve(send.selector) {
            read(found, into: target)
            return true
        }
        if send.arguments.count == 1, send.selector.hasSuffix(":"), !send.selector.dropLast().contains(":"),
            let found = scope.resolve(String(send.selector.dropLast()))
        {
            // The innermost slot of that name decides: a constant is not assignable,
            // and the send then goes to the receiver (language.md §7.5).
            guard found.variable.isAssignable, found.variable.inlineMethod == nil else { return false }
            let mark = top
            if !found.variable.isCaptured && found.frameDistance == 0 && found.variable.register >= 0
                && isSimpleOperand(send.arguments[0])
            {
                // `x: y` or `x: 3`: straight into the variable's register (writing it
                // early cannot matter, as nothing else is evaluated).
                try compile(send.arguments[0], into: found.variable.register)
            } else {
                let value = allocate()
                try compile(send.arguments[0], into: value)
                write(found, from: value)
            }
            if valueUsed { move(target, FrameLayout.selfRegister) }
            top = mark
            return true
        }
        return false
    }

    func read(_ found: Resolution, into target: Int) {
        if found.variable.isCaptured {
            emit(.getContext, a: target, b: scope.contextDepth(to: found.scope), c: found.variable.contextIndex)
        } else {
            move(target, found.variable.register)
        }
    }

    func write(_ found: Resolution, from source: Int) {
        if found.variable.isCaptured {
            emit(.setContext, a: source, b: scope.contextDepth(to: found.scope), c: found.variable.contextIndex)
        } else {
            move(found.variable.register, source)
        }
    }

    /// Runs an inline method with the current receiver; its context parent is the
    /// nearest context of the scope that declares it (language.md §7.6).
    func compileInlineCall(_ send: Send, found: Resolution, method: CodeBody, into target: Int)
        throws(CompileError)
    {
        let mark = top
        let base = allocate(3)
        move(base, FrameLayout.selfRegister)
        if let depth = scope.contextDepth(toNearestFrom: found.scope) {
            emit(.loadContext, a: base + 1, b: depth)
        } else {
            emit(.loadConstant, a: base + 1, b: constant(memory.nilValue))
        }
        read(found, into: base + 2)
        for argument in send.arguments {
            let register = allocate()
            try compile(argument, into: register)
        }
        emit(.invoke, a: base, c: send.arguments.count, at: send.messageRange)
        move(target, base)
        top = mark
    }
}

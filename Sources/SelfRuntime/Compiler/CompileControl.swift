import SelfSyntax

/// Code for inlined control structures (`ControlForm`) and their fallbacks.
extension CodeGenerator {
    /// An inlined control form into `target`; with `valueUsed` false (a statement
    /// whose value nobody reads) its inlined paths leave `target` as they find it
    /// instead of loading the `nil` an empty branch or a loop answers (the real send
    /// of a fallback still stores its result).
    func compileControl(
        _ send: Send, form: ControlForm, into target: Int, valueUsed: Bool = true
    ) throws(CompileError) {
        switch form {
        case .ifTrue, .ifFalse, .ifTrueFalse, .ifFalseTrue, .and, .or:
            try compileConditional(send, form: form, into: target, valueUsed: valueUsed)
        case .whileTrue, .whileFalse:
            try compileWhile(send, form: form, into: target, valueUsed: valueUsed)
        case .toDo:
            try compileCountedLoop(send, inclusive: false, into: target, valueUsed: valueUsed)
        case .throughDo:
            try compileCountedLoop(send, inclusive: true, into: target, valueUsed: valueUsed)
        }
    }

    /// The offset a jump at `index` needs to reach `destination`.
    func patch(_ index: Int, to destination: Int) {
        let word = instructions[index]
        instructions[index] = encode(
            Instruction.op(word), a: Instruction.a(word), b: Instruction.b(word), c: destination - (index + 1),
            at: positions[index]?.start)
    }

    /// The statements of an inlined block into `target` (nil when empty; nothing
    /// at all for an empty block whose value is unused).
    func compileInlinedBody(_ expression: Expression?, into target: Int, valueUsed: Bool = true) throws(CompileError) {
        guard let expression, let body = ControlForm.body(expression), !body.statements.isEmpty else {
            if valueUsed { emit(.loadConstant, a: target, b: constant(memory.nilValue)) }
            return
        }
        try compileStatements(body.statements, into: target, lastUsed: valueUsed)
    }

    /// `c ifTrue: [ … ] False: [ … ]` and the other three forms, and `c && [ … ]`
    /// (`c ifTrue: [ … ] False: [ false ]`) and `c || [ … ]`:
    ///
    ///     jumpIfFalse c → else          (true: skip the next instruction)
    ///     jump → fallback               (neither true nor false)
    ///     <then> ; jump → end
    ///     else: <else> ; jump → end
    ///     fallback: <real send with real blocks>
    ///     end:
    func compileConditional(
        _ send: Send, form: ControlForm, into target: Int, valueUsed: Bool = true
    ) throws(CompileError) {
        let mark = top
        // A receiver that is a variable in a register is tested where it is.
        let condition: Int
        if let receiver = send.receiver, let register = register(of: receiver) {
            condition = register
        } else {
            condition = allocate()
            if let receiver = send.receiver {
                try compile(receiver, into: condition)
            } else {
                move(condition, FrameLayout.selfRegister)
            }
        }
        // A branch is a block's statements, nil (answers nil) or a boolean.
        let (whenTrue, whenFalse): (ConditionalBranch, ConditionalBranch) =
            switch form {
            case .ifTrue: (.block(send.arguments[0]), .block(nil))
            case .ifFalse: (.block(nil), .block(send.arguments[0]))
            case .ifTrueFalse: (.block(send.arguments[0]), .block(send.arguments[1]))
            case .and: (.block(send.arguments[0]), .constant(memory.known.falseObject))
            case .or: (.constant(memory.known.trueObject), .block(send.arguments[0]))
            default: (.block(send.arguments[1]), .block(send.arguments[0]))
            }
        let branch = emit(.jumpIfFalse, a: condition, b: form.guardIndex, at: send.messageRange)
        let toFallback = emit(.jump)
        // The condition's register is free in the bodies (the fallback, reached only
        // before them, still finds the condition there), so a body whose target is
        // the topmost register can compute into it directly.
        top = mark
        try compileBranch(whenTrue, into: target, valueUsed: valueUsed)
        let thenEnd = emit(.jump)
        patch(branch, to: instructions.count)
        try compileBranch(whenFalse, into: target, valueUsed: valueUsed)
        let elseEnd = emit(.jump)
        patch(toFallback, to: instructions.count)
        top = max(top, condition + 1)
        try compileFallback(send, receiver: condition, computed: [:], into: target)
        patch(thenEnd, to: instructions.count)
        patch(elseEnd, to: instructions.count)
        top = mark
    }

    /// One branch of an inlined conditional.
    enum ConditionalBranch {
        /// The statements of a block literal (nil: no block, the branch answers nil).
        case block(Expression?)
        /// A constant (the `false` of `&&`, the `true` of `||`).
        case constant(Value)
    }

    func compileBranch(_ branch: ConditionalBranch, into target: Int, valueUsed: Bool) throws(CompileError) {
        switch branch {
        case .block(let expression): try compileInlinedBody(expression, into: target, valueUsed: valueUsed)
        case .constant(let value): if valueUsed { emit(.loadConstant, a: target, b: constant(value)) }
        }
    }

    /// `[ c ] whileTrue: [ b ]`: while the condition is true run the body; stop when
    /// it is false (`whileFalse:` the other way round); answer nil. A condition that
    /// is not a boolean is a runtime error (world-api.md §8: it must be one).
    ///
    ///     jumpIfGuarded → fallback
    ///     loop: <c>
    ///     jumpIfFalse → (whileTrue: exit | whileFalse: body)
    ///     jump → not a boolean
    ///     [whileFalse: jump → exit]
    ///     body: <b> ; jump → loop
    ///     exit: nil ; jump → end
    ///     not a boolean: fail
    ///     fallback: <real send> ; end:
    func compileWhile(_ send: Send, form: ControlForm, into target: Int, valueUsed: Bool = true) throws(CompileError) {
        let mark = top
        let scratch = allocate()
        let guarded = emit(.jumpIfGuarded, b: form.guardIndex)
        let loop = instructions.count
        // A condition that is only a variable in a register (`[ more ] whileTrue:`)
        // is tested where it is.
        let condition: Int
        if let statements = send.receiver.flatMap(ControlForm.body)?.statements, statements.count == 1,
            !statements[0].isReturn, let register = register(of: statements[0].expression)
        {
            condition = register
        } else {
            try compileInlinedBody(send.receiver, into: scratch)
            condition = scratch
        }
        let branch = emit(.jumpIfFalse, a: condition, b: InlineGuard.never, at: send.messageRange)
        let notBoolean = emit(.jump)
        var exits = [Int]()
        if form == .whileTrue {
            exits.append(branch)
        } else {
            exits.append(emit(.jump))
            patch(branch, to: instructions.count)
        }
        if let loopBody = ControlForm.body(send.arguments[0]) {
            try compileStatements(loopBody.statements, into: scratch, lastUsed: false)
        }
        patch(emit(.jump), to: loop)
        for exit in exits { patch(exit, to: instructions.count) }
        if valueUsed { emit(.loadConstant, a: target, b: constant(memory.nilValue)) }
        let end = emit(.jump)
        patch(notBoolean, to: instructions.count)
        strings.append(Array("The condition of \(send.selector) did not evaluate to a boolean".utf8))
        emit(.fail, b: strings.count - 1, at: send.messageRange)
        patch(guarded, to: instructions.count)
        try compileFallback(send, receiver: nil, computed: [:], into: target)
        patch(end, to: instructions.count)
        top = mark
    }

    /// `a to: b Do: [| :i | … ]`: `blk value: i` for i = a … b − 1, answering nil
    /// (`a through: b Do:`, `inclusive`: for i = a … b). The loop variable is a
    /// register of this frame, set from a hidden counter at each turn (so assigning
    /// it does not disturb the loop).
    func compileCountedLoop(
        _ send: Send, inclusive: Bool, into target: Int, valueUsed: Bool = true
    ) throws(CompileError) {
        let mark = top
        let counter = allocate(2)  // counter, counter + 1 = the bound
        try compile(send.receiver!, into: counter)
        try compile(send.arguments[0], into: counter + 1)
        let body = ControlForm.body(send.arguments[1])!
        let inner = compiler.inlinedScopes[body.range.start]!
        let guarded = emit(.jumpIfGuarded, b: inclusive ? InlineGuard.throughDo : InlineGuard.toDo)
        let notIntegers = emit(.jumpIfNotIntegers, a: counter)
        let variable = inner.ordered[0]
        // A loop variable the body never assigns can simply be the counter.
        let assigned = body.statements.contains { assigns(variable.name, $0.expression) }
        variable.register = assigned ? allocate() : counter
        let scratch = allocate()
        let empty = emit(.jumpIfNotLess, a: counter, b: inclusive ? 1 : 0)
        let loop = instructions.count
        move(variable.register, counter)
        let outer = scope
        scope = inner
        try compileStatements(body.statements, into: scratch, lastUsed: false)
        scope = outer
        patch(emit(.forLoop, a: counter, b: inclusive ? 1 : 0), to: loop)
        patch(empty, to: instructions.count)
        if valueUsed { emit(.loadConstant, a: target, b: constant(memory.nilValue)) }
        let end = emit(.jump)
        patch(guarded, to: instructions.count)
        patch(notIntegers, to: instructions.count)
        try compileFallback(send, receiver: counter, computed: [0: counter + 1], into: target)
        patch(end, to: instructions.count)
        top = mark
    }

    /// Whether `expression` may assign the variable `name` (a `name:` send to the
    /// implicit receiver anywhere inside it, nested blocks included).
    func assigns(_ name: String, _ expression: Expression) -> Bool {
        switch expression.kind {
        case .integer, .float, .string, .selfObject:
            return false
        case .object(let object):
            return object.slots.contains { slot in
                switch slot.value {
                case .expression(let value): assigns(name, value)
                default: false
                }
            }
        case .block(let body):
            return body.statements.contains { assigns(name, $0.expression) }
                || body.slots.contains { slot in
                    if case .expression(let value) = slot.value { return assigns(name, value) }
                    return false
                }
        case .send(let send):
            if send.receiver == nil && send.selector == name + ":" { return true }
            if let receiver = send.receiver, assigns(name, receiver) { return true }
            return send.arguments.contains { assigns(name, $0) }
        }
    }

    /// The real send an inlined form stands for, with real block objects. The blocks
    /// must reach this frame's register variables, so those are first copied into a
    /// fresh context (a *spill*), the blocks close over it, and after the send the
    /// values are copied back into the registers.
    ///
    /// `receiver` holds the evaluated receiver (nil: the receiver is a literal block,
    /// made here); `computed` maps argument positions to registers already holding
    /// their values.
    func compileFallback(_ send: Send, receiver: Int?, computed: [Int: Int], into target: Int) throws(CompileError) {
        let mark = top
        let saved = allocate()
        let spillContext = allocate()
        // The send layout (receiver, two reserved registers, arguments) comes last, so
        // that the arguments follow the receiver directly.
        let base = allocate(3)
        let spill = Scope(kind: .spill, parent: scope)
        for variable in frameRegisterVariables() {
            let proxy = Variable(
                name: variable.name, isAssignable: variable.isAssignable, inlineMethod: variable.inlineMethod,
                register: variable.register)
            spill.declare(proxy)
            spill.capture(proxy)
        }
        emit(.move, a: saved, b: FrameLayout.contextRegister)
        if spill.hasContext {
            emit(.pushContext, c: spill.contextVariables.count)
            for variable in spill.contextVariables {
                emit(.setContext, a: variable.register, b: 0, c: variable.contextIndex)
            }
        }
        emit(.move, a: spillContext, b: FrameLayout.contextRegister)
        let outer = scope
        scope = spill
        if let receiver {
            move(base, receiver)
        } else {
            try compileFallbackBlock(send.receiver!, spill: spill, into: base)
        }
        for (index, argument) in send.arguments.enumerated() {
            let register = allocate()
            if let value = computed[index] {
                move(register, value)
            } else {
                try compileFallbackBlock(argument, spill: spill, into: register)
            }
        }
        scope = outer
        emit(.move, a: FrameLayout.contextRegister, b: saved)
        emit(.send, a: base, b: site(send.selector), at: send.messageRange)
        if spill.hasContext {
            emit(.move, a: FrameLayout.contextRegister, b: spillContext)
            for variable in spill.contextVariables where variable.isAssignable {
                emit(.getContext, a: variable.register, b: 0, c: variable.contextIndex)
            }
            emit(.move, a: FrameLayout.contextRegister, b: saved)
        }
        move(target, base)
        top = mark
    }

    /// A block literal of a fallback: a real block inside the spill scope. Its code
    /// is compiled only when the fallback first runs (`makeLazyBlock`), since most
    /// fallbacks never do; compiling it cannot fail then, because the same statements
    /// were compiled inline already.
    func compileFallbackBlock(_ expression: Expression, spill: Scope, into target: Int) throws(CompileError) {
        guard case .block(let body) = expression.kind else {
            try compile(expression, into: target)
            return
        }
        let compiler = self.compiler
        let selector = SelectorTable.blockInvocation(arguments: body.arguments.count)
        lazyBlocks.append {
            let blockScope = compiler.declareScope(body, kind: .block, parent: spill)
            compiler.blockScopes[body.range.start] = blockScope
            compiler.analyzeBody(body, scope: blockScope)
            guard let code = try? compiler.compileBody(body, scope: blockScope, kind: .block, name: selector) else {
                return nil
            }
            let generator = CodeGenerator(compiler: compiler, scope: blockScope, kind: .block)
            return generator.blockMap(code, selector: selector).value
        }
        emit(.makeLazyBlock, a: target, b: lazyBlocks.count - 1, at: body.range)
    }

    /// The variables of this frame that live in registers: those of the body scope
    /// and of inlined scopes within it, not captured.
    func frameRegisterVariables() -> [Variable] {
        var variables: [Variable] = []
        var current: Scope? = scope
        while let each = current {
            variables += each.ordered.filter { !$0.isCaptured && $0.register >= 0 }
            if each === bodyScope { break }
            current = each.parent
        }
        return variables
    }
}

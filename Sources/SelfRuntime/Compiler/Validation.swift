import SelfSyntax

/// The code-generation checks of language.md §3.2 without generating code: unknown
/// primitives and the argument and slot limits. Methods compiled lazily are checked
/// this way when their script is compiled, so that a script with such an error still
/// does not start.
extension Compiler {
    /// The most expressions one body may hold (counting those of the blocks and
    /// object literals inside it, but not of the methods they define). Instruction
    /// operands are 16 bits wide (registers, constants, send sites) and jumps 24:
    /// a body below this bound fits them with room to spare; a larger one is the
    /// code-generation error "Method too large" (a script: "Script too large").
    static let maximumExpressionsPerBody = 50_000

    /// Checks that a body is small enough to compile (`maximumExpressionsPerBody`).
    func checkSize(_ body: CodeBody, kind: CodeKind) throws(CompileError) {
        var count = 0
        for slot in body.slots { count += expressionCount(slot) }
        for statement in body.statements { count += expressionCount(statement.expression) }
        if count > Compiler.maximumExpressionsPerBody {
            let what = kind == .script ? "Script" : kind == .block ? "Block" : "Method"
            throw error(
                "\(what) too large (\(count) expressions; at most \(Compiler.maximumExpressionsPerBody)): split it",
                at: body.range.start)
        }
    }

    private func expressionCount(_ slot: SlotDefinition) -> Int {
        if case .expression(let value) = slot.value { return expressionCount(value) }
        return 1
    }

    private func expressionCount(_ expression: Expression) -> Int {
        switch expression.kind {
        case .integer, .float, .string, .selfObject:
            return 1
        case .object(let object):
            return object.slots.reduce(1) { $0 + expressionCount($1) }
        case .block(let body):
            return body.slots.reduce(1) { $0 + expressionCount($1) }
                + body.statements.reduce(0) { $0 + expressionCount($1.expression) }
        case .send(let send):
            return send.arguments.reduce(1 + (send.receiver.map { expressionCount($0) } ?? 0)) {
                $0 + expressionCount($1)
            }
        }
    }

    /// Checks a method or block body and everything nested in it.
    func validate(_ body: CodeBody) throws(CompileError) {
        try checkLimits(body)
        try checkSize(body, kind: .method)
        for slot in body.slots { try validate(slot) }
        for statement in body.statements { try validate(statement.expression) }
    }

    func validate(_ slot: SlotDefinition) throws(CompileError) {
        switch slot.value {
        case .none:
            return
        case .expression(let value):
            try validate(value)
        case .method(let body):
            try validate(body)
        }
    }

    func validate(_ expression: Expression) throws(CompileError) {
        switch expression.kind {
        case .integer, .float, .string, .selfObject:
            return
        case .object(let object):
            let assignable = object.slots.filter { $0.kind.isAssignable }.count
            if assignable > Compiler.maximumAssignableSlots {
                throw error(
                    "Too many assignable slots (\(assignable); at most \(Compiler.maximumAssignableSlots))",
                    at: expression.range.start)
            }
            for slot in object.slots { try validate(slot) }
        case .block(let body):
            try validate(body)
        case .send(let send):
            if send.isPrimitive && PrimitiveTable.index(of: String(send.selector.dropFirst())) == nil {
                throw error("Unknown primitive '\(send.selector)'", at: send.messageRange.start)
            }
            if let receiver = send.receiver { try validate(receiver) }
            for argument in send.arguments { try validate(argument) }
        }
    }
}

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

    /// Checks a method or block body and everything nested in it, and answers how
    /// many expressions count towards the enclosing body: all of a block's, one for
    /// a method (which is compiled on its own). The size limit is checked for
    /// methods only: a block's expressions count in its method's.
    @discardableResult
    func validate(_ body: CodeBody, isBlock: Bool = false) throws(CompileError) -> Int {
        try checkLimits(body)
        var count = 0
        for slot in body.slots { count += try validate(slot) }
        for statement in body.statements { count += try validate(statement.expression) }
        if isBlock { return count + 1 }
        if count > Compiler.maximumExpressionsPerBody {
            throw error(
                "Method too large (\(count) expressions; at most \(Compiler.maximumExpressionsPerBody)): split it",
                at: body.range.start)
        }
        return 1
    }

    func validate(_ slot: SlotDefinition) throws(CompileError) -> Int {
        switch slot.value {
        case .none:
            return 1
        case .expression(let value):
            return try validate(value)
        case .method(let body):
            return try validate(body)
        }
    }

    func validate(_ expression: Expression) throws(CompileError) -> Int {
        switch expression.kind {
        case .integer, .float, .string, .selfObject:
            return 1
        case .object(let object):
            let assignable = object.slots.filter { $0.kind.isAssignable }.count
            if assignable > Compiler.maximumAssignableSlots {
                throw error(
                    "Too many assignable slots (\(assignable); at most \(Compiler.maximumAssignableSlots))",
                    at: expression.range.start)
            }
            var count = 1
            for slot in object.slots { count += try validate(slot) }
            return count
        case .block(let body):
            return try validate(body, isBlock: true)
        case .send(let send):
            if send.isPrimitive && PrimitiveTable.index(of: String(send.selector.dropFirst())) == nil {
                throw error("Unknown primitive '\(send.selector)'", at: send.messageRange.start)
            }
            var count = 1
            if let receiver = send.receiver { count += try validate(receiver) }
            for argument in send.arguments { count += try validate(argument) }
            return count
        }
    }
}

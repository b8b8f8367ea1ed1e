import SelfSyntax

/// The code-generation checks of language.md §3.2 without generating code: unknown
/// primitives and the argument and slot limits. Methods compiled lazily are checked
/// this way when their script is compiled, so that a script with such an error still
/// does not start.
extension Compiler {
    /// Checks a method or block body and everything nested in it.
    func validate(_ body: CodeBody) throws(CompileError) {
        try checkLimits(body)
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

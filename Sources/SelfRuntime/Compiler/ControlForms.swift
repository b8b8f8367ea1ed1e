import SelfSyntax

/// Control structures the compiler inlines when their blocks are literals
/// (docs/bytecode.md): the blocks' statements are compiled into the enclosing body,
/// so no block object is made and their variables stay in registers.
///
/// Inlining never changes meaning: conditionals test for `true`/`false` and otherwise
/// fall back to a real send with real blocks (`CodeGenerator.compileFallback`), and
/// every inlined form is guarded against redefinition (`InlineGuard`).
enum ControlForm {
    case ifTrue
    case ifFalse
    case ifTrueFalse
    case ifFalseTrue
    case whileTrue
    case whileFalse
    case toDo
    case throughDo
    /// `a && [ … ]` and `a || [ … ]`: conditionals whose other branch answers
    /// `false` (resp. `true`).
    case and
    case or

    /// The guard that disables this form once its selector is redefined.
    var guardIndex: Int {
        switch self {
        case .ifTrue: InlineGuard.ifTrue
        case .ifFalse: InlineGuard.ifFalse
        case .ifTrueFalse: InlineGuard.ifTrueFalse
        case .ifFalseTrue: InlineGuard.ifFalseTrue
        case .whileTrue: InlineGuard.whileTrue
        case .whileFalse: InlineGuard.whileFalse
        case .toDo: InlineGuard.toDo
        case .throughDo: InlineGuard.throughDo
        case .and: InlineGuard.and
        case .or: InlineGuard.or
        }
    }

    /// The form of a send, or nil when it is not inlined.
    static func of(_ send: Send) -> ControlForm? {
        switch send.selector {
        case "ifTrue:":
            return isPlainBlock(send.arguments[0]) ? .ifTrue : nil
        case "ifFalse:":
            return isPlainBlock(send.arguments[0]) ? .ifFalse : nil
        case "ifTrue:False:":
            return isPlainBlock(send.arguments[0]) && isPlainBlock(send.arguments[1]) ? .ifTrueFalse : nil
        case "ifFalse:True:":
            return isPlainBlock(send.arguments[0]) && isPlainBlock(send.arguments[1]) ? .ifFalseTrue : nil
        case "&&":
            return isPlainBlock(send.arguments[0]) ? .and : nil
        case "||":
            return isPlainBlock(send.arguments[0]) ? .or : nil
        case "whileTrue:", "whileFalse:":
            guard let receiver = send.receiver, isPlainBlock(receiver), isPlainBlock(send.arguments[0]) else {
                return nil
            }
            return send.selector == "whileTrue:" ? .whileTrue : .whileFalse
        case "to:Do:", "through:Do:":
            guard send.receiver != nil, case .block(let body) = send.arguments[1].kind, body.slots.count == 1,
                body.slots[0].kind == .argument
            else { return nil }
            // A nested block that uses the loop variable must see a fresh variable per
            // iteration, as a real `value:` activation gives it: then do not inline.
            return body.statements.contains { usesInNestedBlock(body.slots[0].name, $0.expression, nested: false) }
                ? nil : send.selector == "to:Do:" ? .toDo : .throughDo
        default:
            return nil
        }
    }

    /// A block literal with no slots at all (no arguments, no locals).
    static func isPlainBlock(_ expression: Expression) -> Bool {
        if case .block(let body) = expression.kind { return body.slots.isEmpty }
        return false
    }

    /// The body of a plain block literal.
    static func body(_ expression: Expression) -> CodeBody? {
        if case .block(let body) = expression.kind { return body }
        return nil
    }

    /// Whether `name` is used as a variable inside a block literal within `expression`
    /// (blocks that are themselves inlined do not count).
    static func usesInNestedBlock(_ name: String, _ expression: Expression, nested: Bool) -> Bool {
        switch expression.kind {
        case .integer, .float, .string, .selfObject:
            return false
        case .object(let object):
            return object.slots.contains { slot in
                if case .expression(let value) = slot.value { return usesInNestedBlock(name, value, nested: nested) }
                return false
            }
        case .block(let body):
            let shadows = body.slots.contains { $0.name == name }
            if shadows { return false }
            return body.statements.contains { usesInNestedBlock(name, $0.expression, nested: true) }
                || body.slots.contains { slot in
                    if case .expression(let value) = slot.value {
                        return usesInNestedBlock(name, value, nested: nested)
                    }
                    return false
                }
        case .send(let send):
            if nested && send.receiver == nil && (send.selector == name || send.selector == name + ":") {
                return true
            }
            if let receiver = send.receiver, usesInNestedBlock(name, receiver, nested: nested) { return true }
            let form = ControlForm.of(send)
            for argument in send.arguments {
                // Blocks of an inlined form run in the enclosing activation.
                if form != nil, let body = ControlForm.body(argument), !nested {
                    if body.statements.contains(where: { usesInNestedBlock(name, $0.expression, nested: false) }) {
                        return true
                    }
                } else if usesInNestedBlock(name, argument, nested: nested) {
                    return true
                }
            }
            return false
        }
    }
}

/// Indices of the guards of inlined forms: each inlined form runs inline only while
/// the VM has checked that the world defines its selector as the inlined code assumes
/// (`VirtualMachine.validateControl`); otherwise the code takes its fallback, a real
/// send.
public enum InlineGuard {
    public static let ifTrue = 0
    public static let ifFalse = 1
    public static let ifTrueFalse = 2
    public static let ifFalseTrue = 3
    public static let whileTrue = 4
    public static let whileFalse = 5
    public static let toDo = 6
    public static let throughDo = 7
    public static let and = 8
    public static let or = 9
    /// Always valid: for branches inside a loop whose guard was checked on entry.
    public static let never = 63
    /// The bit of `never` in `VirtualMachine.controlValid`, always set.
    public static let neverBit: UInt64 = 1 << 63

    /// The selectors guarded, by index.
    public static let selectors = [
        "ifTrue:", "ifFalse:", "ifTrue:False:", "ifFalse:True:", "whileTrue:",
        "whileFalse:", "to:Do:", "through:Do:", "&&", "||",
    ]
}

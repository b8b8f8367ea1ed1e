import SelfSyntax

/// A one-line rendering of a syntax tree that shows its structure and nothing else,
/// so that a test can state what a piece of source means in a few characters.
///
/// | Node | Sketch |
/// | --- | --- |
/// | integer, float | `3`, `1.5` |
/// | string | `'a\n'` (escaped like Self source) |
/// | `self` | `self` |
/// | implicit unary send | `size` |
/// | unary send | `(list size)` |
/// | binary send | `(a + b)`, implicit receiver `(+ 1)` |
/// | keyword send | `(x at: 1 Put: 2)`, implicit receiver `(at: 1 Put: 2)` |
/// | object literal | `()`, `(| a. b = 1. p* = x |)` |
/// | block | `[| :x. t | ^ x]` |
/// | method | `method(| :n | n)` |
/// | slots | `a`, `a <- e`, `a = e`, `p* = e`, `p* <- e`, `:a`, `at:Put: = method(…)` |
///
/// Statements are separated by `. `; a non-local return is `^ e`.
enum Sketch {
    /// The statements of a script; its ignored slot list, if any, first as `| … | `.
    static func script(_ script: Script) -> String {
        let slots = script.ignoredSlots.isEmpty ? "" : "| " + slotList(script.ignoredSlots) + " | "
        return slots + statements(script.statements)
    }

    static func statements(_ statements: [Statement]) -> String {
        statements.map(statement).joined(separator: ". ")
    }

    static func statement(_ statement: Statement) -> String {
        (statement.isReturn ? "^ " : "") + expression(statement.expression)
    }

    static func expression(_ expression: Expression) -> String {
        switch expression.kind {
        case .integer(let value): "\(value)"
        case .float(let value): "\(value)"
        case .string(let bytes): quoted(bytes)
        case .selfObject: "self"
        case .object(let object): object.slots.isEmpty ? "()" : "(| " + slotList(object.slots) + " |)"
        case .block(let body): "[" + code(body) + "]"
        case .send(let send): self.send(send)
        }
    }

    static func send(_ send: Send) -> String {
        let receiver = send.receiver.map { expression($0) + " " } ?? ""
        if send.arguments.isEmpty {
            return send.receiver == nil ? send.selector : "(" + receiver + send.selector + ")"
        }
        guard send.selector.hasSuffix(":") else {
            return "(" + receiver + send.selector + " " + expression(send.arguments[0]) + ")"
        }
        var parts: [String] = []
        var keyword = ""
        for character in send.selector {
            keyword.append(character)
            if character == ":" {
                parts.append(keyword)
                keyword = ""
            }
        }
        let message = zip(parts, send.arguments).map { $0 + " " + expression($1) }.joined(separator: " ")
        return "(" + receiver + message + ")"
    }

    static func code(_ body: CodeBody) -> String {
        let slots = body.slots.isEmpty ? "" : "| " + slotList(body.slots) + " | "
        return slots + statements(body.statements)
    }

    static func slotList(_ slots: [SlotDefinition]) -> String {
        slots.map(slot).joined(separator: ". ")
    }

    static func slot(_ slot: SlotDefinition) -> String {
        let value: String
        switch slot.value {
        case .none: value = ""
        case .expression(let initializer): value = expression(initializer)
        case .method(let body): value = "method(" + code(body) + ")"
        }
        switch slot.kind {
        case .argument: return ":" + slot.name
        case .assignable: return value.isEmpty ? slot.name : slot.name + " <- " + value
        case .constant: return slot.name + " = " + value
        case .constantParent: return slot.name + "* = " + value
        case .assignableParent: return slot.name + "* <- " + value
        }
    }

    /// Bytes as a Self string literal, as the AST dump writes them.
    static func quoted(_ bytes: [UInt8]) -> String { ASTDumper.quoted(bytes) }
}

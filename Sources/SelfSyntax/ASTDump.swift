/// Renders a syntax tree as indented text for `self parse --dump-ast`.
///
/// One node per line: its kind, its details, and its range as
/// `[line:column-line:column)` (end exclusive). Children are indented by two spaces.
/// Snapshot tests compare this text, so keep it stable.
public struct ASTDumper {
    let source: SourceFile
    var output = ""

    public init(source: SourceFile) {
        self.source = source
    }

    /// The dump of a whole script.
    public static func dump(_ script: Script) -> String {
        var dumper = ASTDumper(source: script.source)
        dumper.line(0, "Script \(quoted(script.source.name))")
        if !script.ignoredSlots.isEmpty {
            dumper.line(1, "IgnoredSlots")
            for slot in script.ignoredSlots { dumper.slot(slot, 2) }
        }
        for statement in script.statements { dumper.statement(statement, 1) }
        return dumper.output
    }

    mutating func line(_ indent: Int, _ text: String) {
        output += String(repeating: "  ", count: indent) + text + "\n"
    }

    func position(_ range: SourceRange) -> String {
        "[\(source.location(of: range.start))-\(source.location(of: range.end)))"
    }

    static func quoted(_ text: String) -> String {
        quoted(Array(text.utf8))
    }

    /// Bytes as a Self string literal, escaped so that the dump stays one line per node.
    public static func quoted(_ bytes: [UInt8]) -> String {
        var result = "'"
        for byte in bytes {
            switch byte {
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            case UInt8(ascii: "\\"): result += "\\\\"
            case UInt8(ascii: "'"): result += "\\'"
            case 0x20..<0x7F: result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16)
                result += "\\x" + (hex.count < 2 ? "0" + hex : hex)
            }
        }
        return result + "'"
    }

    mutating func statement(_ statement: Statement, _ indent: Int) {
        line(indent, (statement.isReturn ? "Return " : "Statement ") + position(statement.range))
        expression(statement.expression, indent + 1)
    }

    mutating func expression(_ expression: Expression, _ indent: Int) {
        let at = position(expression.range)
        switch expression.kind {
        case .integer(let value):
            line(indent, "Integer \(value) \(at)")
        case .float(let value):
            line(indent, "Float \(value) \(at)")
        case .string(let bytes):
            line(indent, "String \(ASTDumper.quoted(bytes)) \(at)")
        case .selfObject:
            line(indent, "Self \(at)")
        case .object(let object):
            line(indent, "Object \(at)")
            for slot in object.slots { self.slot(slot, indent + 1) }
        case .block(let body):
            line(indent, "Block \(at)")
            code(body, indent + 1)
        case .send(let send):
            let receiverNote = send.receiver == nil ? " (implicit receiver)" : ""
            line(
                indent,
                "Send \(ASTDumper.quoted(send.selector))\(receiverNote) \(at) message \(position(send.messageRange))")
            if let receiver = send.receiver {
                line(indent + 1, "Receiver")
                self.expression(receiver, indent + 2)
            }
            for argument in send.arguments {
                line(indent + 1, "Argument")
                self.expression(argument, indent + 2)
            }
        }
    }

    mutating func code(_ body: CodeBody, _ indent: Int) {
        for slot in body.slots { self.slot(slot, indent) }
        for statement in body.statements { self.statement(statement, indent) }
    }

    mutating func slot(_ slot: SlotDefinition, _ indent: Int) {
        line(indent, "Slot \(slot.kind.rawValue) \(ASTDumper.quoted(slot.name)) \(position(slot.range))")
        switch slot.value {
        case .none:
            break
        case .expression(let value):
            expression(value, indent + 1)
        case .method(let body):
            line(indent + 1, "Method \(position(body.range))")
            code(body, indent + 2)
        }
    }
}

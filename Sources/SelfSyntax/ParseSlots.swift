/// Slot-list rules of language.md §3 and §4:
///
/// ```
/// slot-list(K)  ::= "|" "|" | "|" slot(K) { "." slot(K) } [ "." ] "|"
/// slot(object)  ::= common-slot | NAME "*" "=" expression | NAME "*" "<-" expression
/// slot(block)   ::= common-slot | ":" NAME
/// common-slot   ::= NAME | NAME "<-" expression | NAME "=" initializer
///                 | FIRST_KEYWORD NAME { REST_KEYWORD NAME } "=" method-body
///                 | OP NAME "=" method-body
/// method-body   ::= "(" [ slot-list(method) ] body(")")
/// ```
extension Parser {
    /// Which slot forms a list admits.
    enum SlotListKind {
        /// An object literal: parent slots allowed.
        case object
        /// A method body or script: no parent slots, no arguments.
        case method
        /// A block: argument slots `:name` allowed.
        case block
        /// The group after `name =`, which may turn out an object or a method
        /// (§4.3): parent slots are accepted and checked once that is known.
        case undecided
    }

    /// Parses a slot list starting at `|`. Argument slots are moved after the others
    /// (§4.2); duplicate names are reported at the later slot.
    func parseSlotList(_ kind: SlotListKind) throws -> [SlotDefinition] {
        try expect(.pipe, "|", " before slot list")
        var slots: [SlotDefinition] = []
        var arguments: [SlotDefinition] = []
        if current.kind == .pipe {
            advance()
            return []
        }
        let mark = openBrackets
        while true {
            do {
                let slot = try parseSlot(kind)
                if slot.kind == .argument { arguments.append(slot) } else { slots.append(slot) }
                if current.kind == .period {
                    advance()
                    if current.kind == .pipe { break }
                    continue
                }
                if current.kind == .pipe { break }
                throw error("Expected '|' after slot list, found '\(describe(current))'")
            } catch {
                synchronize(to: mark, stoppingAt: [.pipe])
                if current.kind == .period {
                    advance()
                    if current.kind == .pipe { break }
                    continue
                }
                if current.kind == .pipe { break }
                throw error
            }
        }
        advance()  // the closing "|"
        let all = slots + arguments
        checkDuplicates(all)
        return all
    }

    /// Reports every slot whose name an earlier slot of the same list already has, at
    /// the later of the two in the source. Lists are short, so pairs are compared
    /// directly; long ones use a set.
    func checkDuplicates(_ slots: [SlotDefinition], from first: Int = 1) {
        guard slots.count > 1 else { return }
        if slots.count <= 16 {
            for later in max(1, first)..<slots.count {
                for earlier in 0..<later where slots[earlier].name == slots[later].name {
                    let offset = max(slots[earlier].nameRange.start, slots[later].nameRange.start)
                    report("Slot with name '\(slots[later].name)' already defined", at: offset)
                    break
                }
            }
            return
        }
        var seen: Set<String> = []
        for slot in slots.sorted(by: { $0.nameRange.start < $1.nameRange.start })
        where !seen.insert(slot.name).inserted {
            report("Slot with name '\(slot.name)' already defined", at: slot.nameRange.start)
        }
    }

    /// Consumes an ordinary (non-primitive) identifier naming a slot or argument.
    func parseSlotName(afterColon: Bool = false) throws -> Token {
        if current.kind == .primitive
            || (current.kind == .firstKeyword && source.bytes[current.start] == UInt8(ascii: "_"))
        {
            throw error("Expected non-primitive identifier")
        }
        guard current.kind == .identifier else {
            throw error(
                afterColon ? "Expected identifier after ':' in argument slot" : "Expected non-primitive identifier")
        }
        return advance()
    }

    /// One slot of a list of the given kind.
    func parseSlot(_ kind: SlotListKind) throws -> SlotDefinition {
        let start = current
        switch start.kind {
        case .colon:
            guard kind == .block else {
                throw error("Expected identifier, keyword or operator for slot name")
            }
            advance()
            let name = try parseSlotName(afterColon: true)
            return SlotDefinition(
                name: text(name), kind: .argument, value: .none,
                range: SourceRange(start.start, previousEnd), nameRange: name.range)
        case .identifier:
            return try parseNamedSlot(kind)
        case .primitive:
            throw error("Expected non-primitive identifier")
        case .firstKeyword:
            return try parseKeywordMethodSlot()
        case .operatorChar:
            return try parseBinaryMethodSlot()
        default:
            throw error("Expected identifier, keyword or operator for slot name")
        }
    }

    /// `NAME`, `NAME "<-" expression`, `NAME "=" initializer`, and the parent forms
    /// `NAME "*" "=" expression` and `NAME "*" "<-" expression`.
    func parseNamedSlot(_ kind: SlotListKind) throws -> SlotDefinition {
        let nameToken = advance()
        let name = text(nameToken)
        func slot(_ slotKind: SlotKind, _ value: SlotValue) -> SlotDefinition {
            SlotDefinition(
                name: name, kind: slotKind, value: value,
                range: SourceRange(nameToken.start, previousEnd), nameRange: nameToken.range)
        }
        if isOperator(current, "*") {
            advance()
            if kind == .method || kind == .block {
                report("Method slots can't have parent slots", at: nameToken.start)
            }
            if isOperator(current, "=") {
                advance()
                return slot(.constantParent, .expression(try parseExpression()))
            }
            if current.kind == .arrow {
                advance()
                return slot(.assignableParent, .expression(try parseExpression()))
            }
            throw error("Expected '=' or '<-' after '*' in slot")
        }
        if current.kind == .arrow {
            advance()
            return slot(.assignable, .expression(try parseExpression()))
        }
        if isOperator(current, "=") {
            advance()
            return slot(.constant, try parseInitializer())
        }
        return slot(.assignable, .none)
    }

    /// `FIRST_KEYWORD NAME { REST_KEYWORD NAME } "=" method-body`.
    func parseKeywordMethodSlot() throws -> SlotDefinition {
        let first = current
        if source.bytes[first.start] == UInt8(ascii: "_") {
            throw error("Expected non-primitive identifier")
        }
        advance()
        var selector = text(first)
        var arguments = [try parseArgumentName()]
        while current.kind == .restKeyword {
            selector += text(advance())
            arguments.append(try parseArgumentName())
        }
        let body = try parseMethodSlotBody(arguments: arguments)
        return SlotDefinition(
            name: selector, kind: .constant, value: .method(body),
            range: SourceRange(first.start, previousEnd), nameRange: first.range)
    }

    /// `OP NAME "=" method-body`.
    func parseBinaryMethodSlot() throws -> SlotDefinition {
        let (selector, start) = parseOperatorRun()
        let argument = try parseArgumentName()
        let body = try parseMethodSlotBody(arguments: [argument])
        return SlotDefinition(
            name: selector, kind: .constant, value: .method(body),
            range: SourceRange(start, previousEnd), nameRange: SourceRange(start, start + selector.utf8.count))
    }

    func parseArgumentName() throws -> SlotDefinition {
        let token = try parseSlotName()
        return SlotDefinition(
            name: text(token), kind: .argument, value: .none, range: token.range, nameRange: token.range)
    }

    /// `"=" method-body` after a keyword or binary slot name; the arguments become the
    /// last slots of the method.
    func parseMethodSlotBody(arguments: [SlotDefinition]) throws -> CodeBody {
        guard isOperator(current, "=") else {
            throw error("Expected '=' after method slot name, found '\(describe(current))'")
        }
        advance()
        guard current.kind == .leftParen else {
            throw error("Method body expected, found '\(describe(current))'")
        }
        var body = try nested { try parseMethodBody(.method) }
        let localCount = body.slots.count
        body.slots += arguments
        // The locals were checked with their list; check the arguments against them.
        checkDuplicates(body.slots, from: localCount)
        return body
    }

    /// `method-body ::= "(" [ slot-list(method) ] body(")")`.
    func parseMethodBody(_ kind: SlotListKind) throws -> CodeBody {
        let open = open()
        var slots: [SlotDefinition] = []
        if current.kind == .pipe {
            slots = try parseSlotList(kind)
        }
        let statements = parseBody(until: .rightParen, name: ")", allowsReturn: false)
        try close(.rightParen, ")", " after statement list")
        return CodeBody(slots: slots, statements: statements, range: SourceRange(open.start, previousEnd))
    }

    /// `initializer` of a unary constant slot, resolved as language.md §4.3 says: an
    /// expression unless it starts with `(`; then the group is read like a method body
    /// and the token after it decides between a parenthesised expression, an object
    /// literal and a method.
    func parseInitializer() throws -> SlotValue {
        guard current.kind == .leftParen else {
            return .expression(try parseExpression())
        }
        let groupStart = current.start
        let (group, hadSlotList) = try nested { () throws -> (CodeBody, Bool) in
            let hasSlots = peek().kind == .pipe
            return (try parseMethodBody(.undecided), hasSlots)
        }
        let groupRange = SourceRange(groupStart, previousEnd)
        if startsMessage(current) {
            let receiver: Expression
            if !hadSlotList && group.statements.count == 1 && !group.statements[0].isReturn {
                receiver = Expression(group.statements[0].expression.kind, groupRange)
            } else if group.statements.isEmpty {
                receiver = Expression(.object(ObjectLiteral(slots: group.slots)), groupRange)
            } else {
                throw error("Messages can only be sent to expressions, found method")
            }
            // Nested like `parseExpression`, so that the levels its messages add end here.
            return .expression(try nested { try parseSemicolons(after: parseTail(receiver)) })
        }
        if group.statements.isEmpty {
            return .expression(Expression(.object(ObjectLiteral(slots: group.slots)), groupRange))
        }
        for slot in group.slots where slot.kind.isParent {
            report("Method slots can't have parent slots", at: slot.nameRange.start)
        }
        return .method(group)
    }
}

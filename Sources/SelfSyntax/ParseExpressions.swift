/// Expression rules of language.md §3 and §6:
///
/// ```
/// expression   ::= head { ";" [ tail ] }
/// head         ::= keyword-part | binary-part [ keyword-part ] | primary [ tail ]
/// tail         ::= keyword-part | binary-part [ keyword-part ]
///                | IDENT { IDENT } [ binary-part ] [ keyword-part ]
/// keyword-part ::= FIRST_KEYWORD head { REST_KEYWORD head }
/// binary-part  ::= OP operand
/// operand      ::= primary { IDENT } [ OP' operand ]      -- OP' = OP
/// ```
extension Parser {
    /// `expression ::= head { ";" [ tail ] }`: `;` sends to the previous result (§6.6).
    func parseExpression() throws -> Expression {
        try nested { try parseSemicolons(after: parseHead()) }
    }

    /// `{ ";" [ tail ] }` after the head of an expression.
    func parseSemicolons(after head: Expression) throws -> Expression {
        var expression = head
        while current.kind == .semicolon {
            advance()
            if startsMessage(current) {
                try deepen()
                expression = try parseTail(expression)
            }
        }
        return expression
    }

    /// Whether a token can begin a message after a receiver.
    func startsMessage(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier, .primitive, .firstKeyword, .operatorChar: true
        default: false
        }
    }

    /// `head ::= keyword-part | binary-part [ keyword-part ] | primary [ tail ]`.
    /// The first two forms send to the implicit receiver (§6.5).
    func parseHead() throws -> Expression {
        switch current.kind {
        case .firstKeyword:
            return try parseKeywordPart(receiver: nil)
        case .operatorChar:
            var expression = try parseBinaryPart(receiver: nil)
            if current.kind == .firstKeyword {
                expression = try parseKeywordPart(receiver: expression)
            }
            return expression
        default:
            return try parseTail(parsePrimary())
        }
    }

    /// `tail` after a receiver: unary messages, then at most one binary part, then at
    /// most one keyword part. An empty tail returns the receiver.
    func parseTail(_ receiver: Expression) throws -> Expression {
        var expression = receiver
        while current.kind == .identifier || current.kind == .primitive {
            try deepen()
            expression = parseUnary(receiver: expression)
        }
        if current.kind == .operatorChar {
            expression = try parseBinaryPart(receiver: expression)
        }
        if current.kind == .firstKeyword {
            expression = try parseKeywordPart(receiver: expression)
        }
        return expression
    }

    /// One unary message. `x self` is `x` (§6.7).
    func parseUnary(receiver: Expression) -> Expression {
        let token = advance()
        let selector = text(token)
        if selector == "self" {
            return Expression(receiver.kind, SourceRange(receiver.range.start, previousEnd))
        }
        return makeSend(receiver: receiver, selector: selector, arguments: [], selectorStart: token.start)
    }

    /// `keyword-part ::= FIRST_KEYWORD head { REST_KEYWORD head }`. Each argument is a
    /// full head, so a lowercase keyword inside it starts a nested message (§6.4),
    /// which recurses: `a: b: c: …`.
    func parseKeywordPart(receiver: Expression?) throws -> Expression {
        let first = advance()
        var selector = text(first)
        var arguments = [try nested { try parseHead() }]
        while current.kind == .restKeyword {
            selector += text(advance())
            arguments.append(try nested { try parseHead() })
        }
        return makeSend(receiver: receiver, selector: selector, arguments: arguments, selectorStart: first.start)
    }

    /// Consumes a maximal run of operator tokens, joined across whitespace and
    /// comments (§2.4), and returns the selector and the offset of its first byte.
    func parseOperatorRun() -> (selector: String, start: Int) {
        let start = current.start
        var bytes: [UInt8] = []
        while current.kind == .operatorChar {
            let token = advance()
            bytes += source.bytes[token.start..<token.end]
        }
        return (String(decoding: bytes, as: UTF8.self), start)
    }

    /// `binary-part ::= OP operand`.
    func parseBinaryPart(receiver: Expression?) throws -> Expression {
        let (selector, start) = parseOperatorRun()
        let argument = try parseOperand(chaining: selector)
        return makeSend(receiver: receiver, selector: selector, arguments: [argument], selectorStart: start)
    }

    /// `operand ::= primary { IDENT } [ OP' operand ]`: chains of one selector are
    /// right-associative, and two different selectors cannot be chained (§6.3).
    func parseOperand(chaining selector: String) throws -> Expression {
        try nested {
            var operand = try parsePrimary()
            while current.kind == .identifier || current.kind == .primitive {
                try deepen()
                operand = parseUnary(receiver: operand)
            }
            guard current.kind == .operatorChar else { return operand }
            let operatorToken = current
            let (next, start) = parseOperatorRun()
            guard next == selector else {
                throw error("Different binary messages cannot be chained", at: operatorToken)
            }
            let argument = try parseOperand(chaining: selector)
            return makeSend(receiver: operand, selector: next, arguments: [argument], selectorStart: start)
        }
    }

    /// Builds a send ending at the last consumed token. An explicit `self` receiver is
    /// elided, so `self foo` is the implicit-receiver send `foo` (§6.7).
    func makeSend(receiver: Expression?, selector: String, arguments: [Expression], selectorStart: Int) -> Expression {
        var effectiveReceiver = receiver
        if case .selfObject? = receiver?.kind { effectiveReceiver = nil }
        let send = Send(
            receiver: effectiveReceiver, selector: selector, arguments: arguments,
            messageRange: SourceRange(selectorStart, trailingEnd()))
        return Expression(.send(send), SourceRange(receiver?.range.start ?? selectorStart, previousEnd))
    }

    /// The end of the last consumed token, extended over the blanks and comments that
    /// follow it on the same line, as ZigSelf's report ranges are (cli.md §4.2).
    func trailingEnd() -> Int {
        var end = previousEnd
        let limit = current.kind == .endOfFile ? source.bytes.count : current.start
        while end < limit && source.bytes[end] != 0x0A { end += 1 }
        return end
    }

    // MARK: - Primaries

    /// `primary ::= INTEGER | FLOAT | STRING | IDENT | block | "(" ")"
    ///            | "(" slot-list(object) ")" | "(" expression ")"`
    func parsePrimary() throws -> Expression {
        let token = current
        switch token.kind {
        case .integer:
            advance()
            return Expression(.integer(token.payload), token.range)
        case .float:
            advance()
            return Expression(.float(Double(bitPattern: UInt64(bitPattern: token.payload))), token.range)
        case .string:
            advance()
            return Expression(.string(lexer.strings[Int(token.payload)]), token.range)
        case .identifier, .primitive:
            advance()
            let name = text(token)
            if name == "self" { return Expression(.selfObject, token.range) }
            let send = Send(
                receiver: nil, selector: name, arguments: [],
                messageRange: SourceRange(token.start, trailingEnd()))
            return Expression(.send(send), token.range)
        case .leftBracket:
            return try nested { try parseBlock() }
        case .leftParen:
            return try nested { try parseParenthesized() }
        default:
            throw error("Expected primary expression")
        }
    }

    /// `"(" ")"`, `"(" slot-list(object) ")"` or `"(" expression ")"`. In expression
    /// position a `(` directly followed by `|` or `)` is an object literal (§3 notes).
    func parseParenthesized() throws -> Expression {
        let open = open()
        switch current.kind {
        case .rightParen:
            try close(.rightParen, ")", "")
            return Expression(.object(ObjectLiteral(slots: [])), SourceRange(open.start, previousEnd))
        case .pipe:
            let slots = try parseSlotList(.object)
            try close(.rightParen, ")", " after slots object")
            return Expression(.object(ObjectLiteral(slots: slots)), SourceRange(open.start, previousEnd))
        default:
            let inner = try parseExpression()
            try close(.rightParen, ")", " after expression")
            return Expression(inner.kind, SourceRange(open.start, previousEnd))
        }
    }

    /// `block ::= "[" [ slot-list(block) ] block-body`.
    func parseBlock() throws -> Expression {
        let open = open()
        var slots: [SlotDefinition] = []
        if current.kind == .pipe {
            slots = try parseSlotList(.block)
        }
        let statements = parseBody(until: .rightBracket, name: "]", allowsReturn: true)
        try close(.rightBracket, "]", " after statement list")
        let range = SourceRange(open.start, previousEnd)
        return Expression(.block(CodeBody(slots: slots, statements: statements, range: range)), range)
    }
}

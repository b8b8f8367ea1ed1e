/// A receiver as written before the cursor: a primary and the unary sends after it
/// (`std traits integer` is the implicit-receiver send `std` then `traits`, `integer`).
struct ReceiverExpression: Equatable {
    /// Where the chain starts.
    enum Primary: Equatable {
        /// Nothing: the word is sent to the implicit receiver, the lobby.
        case implicitSelf
        /// An implicit-receiver send (`std`, `self`, `counter`).
        case send(String)
        /// An integer literal.
        case integer(Int64)
        /// A float literal.
        case float
        /// A string literal.
        case string
        /// A block literal with this many arguments.
        case block(arguments: Int)
        /// `$N`, the result of an earlier input.
        case result(Int)
        /// Something completion does not follow: a parenthesised expression, a
        /// capitalised word.
        case unknown
    }

    /// The primary.
    var primary: Primary
    /// The unary selectors sent to it, in order.
    var sends: [String] = []

    /// The lobby, as the receiver of a word that starts an expression.
    static let implicitSelf = ReceiverExpression(primary: .implicitSelf)
}

/// One kind of candidate to look for.
enum CompletionQuery: Equatable {
    /// REPL commands (the line starts with `:`).
    case commands
    /// Primitive selectors (the word starts with `_`).
    case primitives
    /// Later keyword parts of primitives whose earlier parts are these (`_At:` … `Put:`).
    case primitiveContinuation([String])
    /// Unary selectors of the receiver.
    case unary(ReceiverExpression)
    /// Keyword selectors (by their first part) and setters of the receiver.
    case keywords(ReceiverExpression)
    /// Binary selectors of the receiver.
    case binary(ReceiverExpression)
    /// The next keyword part of the receiver's selectors that start with these parts
    /// (`1 to: 5 D` asks for the part after `to:` of `1`'s selectors).
    case continuation(ReceiverExpression, [String])
}

/// What Tab is asked to complete: the word before the cursor, where it starts, and
/// which candidates fit there. Worked out from the text alone (`CompletionScanner`),
/// in one backward walk over the tokens of the innermost open bracket.
///
/// The rules follow Self's precedence (language.md §4): unary sends bind tightest, so
/// a word after an operand is a unary send to the chain that ends there; a keyword or
/// binary selector takes the whole expression before it as receiver, which completion
/// knows only when that expression is a plain chain; a capitalised word continues the
/// keyword message in progress. Anything else offers nothing rather than guess.
struct CompletionRequest: Equatable {
    /// Longest text before the cursor that is looked at; beyond it nothing is offered.
    static let maximumTextLength = 65_536
    /// Most unary sends in a receiver chain that completion follows.
    static let maximumChainLength = 1_000

    /// Byte offset of the word's start in the text before the cursor.
    var wordStart: Int
    /// The word being completed (possibly empty).
    var word: String
    /// What to look for, in no particular order.
    var queries: [CompletionQuery]

    init(wordStart: Int, word: String, queries: [CompletionQuery]) {
        self.wordStart = wordStart
        self.word = word
        self.queries = queries
    }

    /// No completion, at the cursor.
    static func none(at offset: Int) -> CompletionRequest {
        CompletionRequest(wordStart: offset, word: "", queries: [])
    }

    /// Analyses the text before the cursor.
    init(before text: [UInt8]) {
        let count = text.count
        self = .none(at: count)
        guard count <= Self.maximumTextLength else { return }
        if let command = Self.commandWord(text) {
            self = command
            return
        }
        let scanner = CompletionScanner(text)
        guard !scanner.endsInsideLiteral else { return }
        let analysis = Analysis(bytes: text, tokens: scanner.tokens)
        self = analysis.request()
    }

    /// A command line (`:he`): the word is everything from the colon, while the cursor
    /// is still in the first word.
    private static func commandWord(_ text: [UInt8]) -> CompletionRequest? {
        guard let first = text.firstIndex(where: { !Self.isBlank($0) }), text[first] == UInt8(ascii: ":") else {
            return nil
        }
        guard !text[first...].contains(where: Self.isBlank) else { return .none(at: text.count) }
        return CompletionRequest(
            wordStart: first, word: String(decoding: text[first...], as: UTF8.self), queries: [.commands])
    }

    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}

/// The backward walk of `CompletionRequest`.
private struct Analysis {
    /// The text before the cursor.
    let bytes: [UInt8]
    /// Its tokens.
    let tokens: [CompletionToken]

    /// What comes before the first token of a receiver chain, which decides what may
    /// be sent to the chain.
    enum ChainContext {
        /// Nothing, or a bracket, period, `^` or `|`: the chain starts an expression.
        case start
        /// A keyword part: the chain is a keyword argument (binary sends may follow).
        case afterKeyword
        /// A binary operator or anything else: only unary sends may follow.
        case afterBinary
    }

    func text(_ index: Int) -> String {
        String(decoding: bytes[tokens[index].start..<tokens[index].end], as: UTF8.self)
    }

    func request() -> CompletionRequest {
        let end = bytes.count
        var wordIndex: Int? = nil
        if let last = tokens.last, last.end == end {
            switch last.kind {
            case .identifier, .keyword, .capitalizedIdentifier, .capitalizedKeyword, .binaryOperator:
                wordIndex = tokens.count - 1
            default:
                // Right after a literal, a bracket or `$3`: not a place for a word.
                return .none(at: end)
            }
        }
        let wordStart = wordIndex.map { tokens[$0].start } ?? end
        let word = wordIndex.map(text) ?? ""
        let kind = wordIndex.map { tokens[$0].kind }
        let previous = (wordIndex ?? tokens.count) - 1
        var queries: [CompletionQuery] = []
        if word.utf8.first == UInt8(ascii: "_") {
            queries = [.primitives]
        } else if kind == .binaryOperator {
            if isOperand(previous), let chain = chain(endingAt: previous), chain.context != .afterBinary {
                queries = [.binary(chain.receiver)]
            }
        } else if kind == .capitalizedIdentifier || kind == .capitalizedKeyword {
            if isOperand(previous), let continuation = continuation(before: previous) { queries = [continuation] }
        } else if previous < 0 || isExpressionStart(tokens[previous].kind) {
            queries = [.unary(.implicitSelf), .keywords(.implicitSelf)]
        } else if isOperand(previous) {
            if let chain = chain(endingAt: previous) {
                queries.append(.unary(chain.receiver))
                if chain.context == .start { queries.append(.keywords(chain.receiver)) }
            }
            if word.isEmpty, let continuation = continuation(before: previous) { queries.append(continuation) }
        } else if case .argument = tokens[previous].kind {
            queries = []
        } else {
            // After a keyword part or a binary operator: an argument, which cannot be
            // a keyword message itself.
            queries = [.unary(.implicitSelf)]
        }
        return CompletionRequest(wordStart: wordStart, word: word, queries: queries)
    }

    func isExpressionStart(_ kind: CompletionToken.Kind) -> Bool {
        switch kind {
        case .boundary, .open: true
        default: false
        }
    }

    func isOperand(_ index: Int) -> Bool {
        guard index >= 0 else { return false }
        switch tokens[index].kind {
        case .identifier, .capitalizedIdentifier, .integer, .float, .string, .resultReference, .close: return true
        default: return false
        }
    }

    /// The receiver chain whose last token is at `last` (an operand), and what comes
    /// before it; nil when it is too long to follow.
    func chain(endingAt last: Int) -> (receiver: ReceiverExpression, context: ChainContext)? {
        var sends: [String] = []
        var index = last
        while index >= 0, tokens[index].kind == .identifier {
            sends.append(text(index))
            guard sends.count <= CompletionRequest.maximumChainLength else { return nil }
            index -= 1
        }
        var primary: ReceiverExpression.Primary
        if index >= 0 && isOperand(index) {
            (primary, index) = literalPrimary(at: index)
        } else if let first = sends.popLast() {
            primary = .send(first)
        } else {
            return nil
        }
        sends.reverse()
        let context: ChainContext
        if index < 0 || isExpressionStart(tokens[index].kind) {
            context = .start
        } else if tokens[index].kind == .keyword || tokens[index].kind == .capitalizedKeyword {
            context = .afterKeyword
        } else {
            context = .afterBinary
        }
        return (ReceiverExpression(primary: primary, sends: sends), context)
    }

    /// The primary of a chain that is not an identifier, and the index of the token
    /// before it.
    func literalPrimary(at index: Int) -> (ReceiverExpression.Primary, Int) {
        let token = tokens[index]
        switch token.kind {
        case .integer(let value): return (.integer(value), index - 1)
        case .float: return (.float, index - 1)
        case .string: return (.string, index - 1)
        case .resultReference(let number): return (.result(number), index - 1)
        case .close(let byte):
            let opening = token.match ?? index
            if byte == UInt8(ascii: "]") { return (.block(arguments: blockArguments(opening, index)), opening - 1) }
            return (.unknown, opening - 1)
        default: return (.unknown, index - 1)
        }
    }

    /// The `:x` arguments at the top level of the block between these brackets
    /// (walked backwards, stepping over nested brackets).
    func blockArguments(_ opening: Int, _ closing: Int) -> Int {
        var count = 0
        var index = closing - 1
        while index > opening {
            let token = tokens[index]
            if case .argument = token.kind { count += 1 }
            if case .close = token.kind, let match = token.match, match > opening {
                index = match
            }
            index -= 1
        }
        return count
    }

    /// The keyword message in progress around the operand at `last`: its receiver and
    /// the parts typed so far, or nil when there is none (or its receiver is not a
    /// plain chain).
    func continuation(before last: Int) -> CompletionQuery? {
        var parts: [String] = []
        var index = last
        while index >= 0 {
            let token = tokens[index]
            switch token.kind {
            case .capitalizedKeyword:
                parts.append(text(index))
                index -= 1
            case .keyword:
                parts.append(text(index))
                parts.reverse()
                if parts[0].utf8.first == UInt8(ascii: "_") { return .primitiveContinuation(parts) }
                let before = index - 1
                if before < 0 || isExpressionStart(tokens[before].kind) {
                    return .continuation(.implicitSelf, parts)
                }
                guard isOperand(before), let chain = chain(endingAt: before), chain.context == .start else {
                    return nil
                }
                return .continuation(chain.receiver, parts)
            case .close:
                index = (token.match ?? index) - 1
            case .boundary, .open:
                return nil
            default:
                index -= 1
            }
        }
        return nil
    }
}

/// The recursive-descent parser for the grammar of language.md §3 (docs/grammar.md).
///
/// One `parseX()` per grammar rule, grouped by area: this file holds the token stream,
/// error reporting and recovery, scripts and statement bodies; `ParseExpressions.swift`
/// the expression rules; `ParseSlots.swift` slot lists and literals with slots.
///
/// Errors: a rule that cannot continue records a diagnostic and throws `ParseAbort`.
/// Statement lists and slot lists catch it and skip to the next `.` (or their closing
/// token) at their own nesting level, so one mistake gives one diagnostic and parsing
/// goes on. Diagnostics are finally sorted by position, so the first one printed is
/// the earliest in the file, as ZigSelf reports it.
public final class Parser {
    /// The deepest nesting of expressions, blocks and literals accepted, where each
    /// message of a chain (`a b c`, `a; b; c`) counts as a level too. It bounds the
    /// recursion of the parser and of every later pass over the tree.
    public static let maximumNestingDepth = 256

    let source: SourceFile
    var lexer: Lexer
    let tokens: [Token]
    /// Index of the current token.
    var index = 0
    /// End offset of the last consumed token.
    var previousEnd = 0
    var diagnostics: [Diagnostic] = []
    /// Offsets already reported, so that recovery never repeats a message at one place.
    var reportedOffsets: Set<Int> = []
    var depth = 0
    /// Brackets opened and not yet closed. After an abort, the constructs opened
    /// since the recovery point are abandoned: their closing brackets are skipped.
    var openBrackets = 0

    /// Thrown to unwind to the nearest recovery point after a diagnostic was recorded.
    struct ParseAbort: Error {}

    init(source: SourceFile, skipShebang: Bool) {
        self.source = source
        var lexer = Lexer(source: source, skipShebang: skipShebang)
        self.tokens = lexer.tokenize()
        self.lexer = lexer
    }

    /// Parses a whole script. `skipShebang` is true for files and false for strings
    /// (language.md §1.2).
    public static func parse(_ source: SourceFile, skipShebang: Bool = true) -> ParseResult {
        let parser = Parser(source: source, skipShebang: skipShebang)
        let script = parser.parseScript()
        for (offset, message) in parser.lexer.valueErrors {
            parser.report(message, at: offset)
        }
        let ordered = parser.diagnostics.enumerated().sorted {
            ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset)
        }.map(\.element)
        return ParseResult(script: script, diagnostics: bounded(ordered, in: source))
    }

    /// Diagnostics reported on one line, and in one file, at most: each echoes its
    /// whole line, so a long line of errors (20,000 stray `)`) would otherwise print
    /// gigabytes. What is left out is counted in a last diagnostic.
    public static let maximumDiagnosticsPerLine = 10
    public static let maximumDiagnostics = 100

    /// The first diagnostics of `ordered` within the limits, and a note of the rest,
    /// placed after every diagnostic kept (so that the list stays in source order at
    /// distinct offsets).
    static func bounded(_ ordered: [Diagnostic], in source: SourceFile) -> [Diagnostic] {
        var kept: [Diagnostic] = []
        var left: [Diagnostic] = []
        var line = 0
        var onLine = 0
        for diagnostic in ordered {
            if diagnostic.location.line != line {
                line = diagnostic.location.line
                onLine = 0
            }
            onLine += 1
            if onLine > maximumDiagnosticsPerLine || kept.count >= maximumDiagnostics {
                left.append(diagnostic)
            } else {
                kept.append(diagnostic)
            }
        }
        if let last = left.last, let lastKept = kept.last {
            var offset = max(last.offset, lastKept.offset + 1)
            var omitted = left.count
            if offset > source.bytes.count {
                // The last kept one is at the very end: the note takes its place.
                kept.removeLast()
                offset = lastKept.offset
                omitted += 1
            }
            kept.append(
                Diagnostic(
                    message: "Too many errors: \(omitted) more not shown", offset: offset,
                    location: source.location(of: offset)))
        }
        return kept
    }

    // MARK: - Token stream

    var current: Token { tokens[index] }

    func peek(_ ahead: Int = 1) -> Token {
        tokens[min(index + ahead, tokens.count - 1)]
    }

    @discardableResult
    func advance() -> Token {
        let token = tokens[index]
        if token.kind != .endOfFile {
            index += 1
            previousEnd = token.end
        }
        return token
    }

    func text(_ token: Token) -> String {
        String(decoding: source.bytes[token.start..<token.end], as: UTF8.self)
    }

    func isOperator(_ token: Token, _ text: StaticString) -> Bool {
        guard token.kind == .operatorChar, token.end - token.start == text.utf8CodeUnitCount else { return false }
        return source.bytes[token.start] == text.utf8Start.pointee
    }

    /// How a token is named in "Expected …, found '…'" messages.
    func describe(_ token: Token) -> String {
        token.kind.displayName ?? text(token)
    }

    // MARK: - Errors

    /// Records a diagnostic (once per offset). An invalid token at that offset is
    /// reported with the lexer's own message instead, since it is the real cause.
    func report(_ message: String, at offset: Int) {
        guard reportedOffsets.insert(offset).inserted else { return }
        diagnostics.append(Diagnostic(message: message, offset: offset, location: source.location(of: offset)))
    }

    /// Records an error at the current token and returns the abort to throw.
    func error(_ message: String) -> ParseAbort {
        error(message, at: current)
    }

    func error(_ message: String, at token: Token) -> ParseAbort {
        if token.kind == .invalid {
            report(lexer.errors[Int(token.payload)], at: token.start)
        } else {
            report(message, at: token.start)
        }
        return ParseAbort()
    }

    /// Consumes a token of the given kind or fails with
    /// "Expected '<what>' <context>, found '<token>'".
    @discardableResult
    func expect(_ kind: TokenKind, _ what: String, _ context: String) throws -> Token {
        guard current.kind == kind else {
            throw error("Expected '\(what)'\(context), found '\(describe(current))'")
        }
        return advance()
    }

    /// Runs a nested rule, refusing nesting deeper than `maximumNestingDepth`. The
    /// levels that `deepen()` adds inside the rule end with it.
    func nested<T>(_ body: () throws -> T) throws -> T {
        let outer = depth
        defer { depth = outer }
        try deepen()
        return try body()
    }

    /// Counts one more level of nesting, until the enclosing `nested` rule ends.
    /// Loops that wrap the expression built so far in another send (`a b c`,
    /// `a; b; c`) call it on every turn: they do not recurse, but they deepen the
    /// tree as much as recursion would, and later passes recurse over the tree.
    func deepen() throws {
        depth += 1
        if depth > Parser.maximumNestingDepth {
            throw error("Expression nested too deeply (more than \(Parser.maximumNestingDepth) levels)")
        }
    }

    /// Recovers after an abort: skips the rest of the constructs opened since
    /// `mark` (the bracket count when the failed rule began), then tokens up to (not
    /// including) a `.` or one of `stops` at the recovery point's level, or a closing
    /// bracket that belongs to an enclosing construct.
    func synchronize(to mark: Int, stoppingAt stops: Set<TokenKind>) {
        var level = openBrackets - mark
        openBrackets = mark
        while current.kind != .endOfFile {
            let kind = current.kind
            if level == 0 && (kind == .period || stops.contains(kind)) { return }
            switch kind {
            case .leftParen, .leftBracket:
                level += 1
            case .rightParen, .rightBracket:
                if level == 0 { return }
                level -= 1
            default:
                break
            }
            advance()
        }
    }

    /// Consumes an opening bracket.
    @discardableResult
    func open() -> Token {
        openBrackets += 1
        return advance()
    }

    /// Consumes the closing bracket of the innermost open construct, or fails.
    func close(_ kind: TokenKind, _ what: String, _ context: String) throws {
        try expect(kind, what, context)
        openBrackets -= 1
    }

    // MARK: - Scripts and bodies

    /// `script ::= [ slot-list(method) ] body(EOF)`
    func parseScript() -> Script {
        var ignored: [SlotDefinition] = []
        if current.kind == .pipe {
            do {
                ignored = try parseSlotList(.method)
            } catch {
                synchronize(to: 0, stoppingAt: [])
            }
        }
        var statements: [Statement] = []
        while true {
            statements += parseBody(until: .endOfFile, name: "end of file", allowsReturn: false)
            if current.kind == .endOfFile { break }
            // An unmatched closing bracket at the top level: report it and go on.
            _ = error("Expected 'end of file' after statement list, found '\(describe(current))'")
            advance()
        }
        return Script(source: source, ignoredSlots: ignored, statements: statements)
    }

    /// `body(END) ::= END | statement { "." statement } [ "." ] END`, without
    /// consuming END. For blocks, `block-stmt ::= [ "^" ] expression` with `^` only on
    /// the last statement.
    func parseBody(until end: TokenKind, name: String, allowsReturn: Bool) -> [Statement] {
        var statements: [Statement] = []
        var pendingReturn: Int?
        let mark = openBrackets
        while current.kind != end && current.kind != .endOfFile {
            if let caret = pendingReturn {
                report("Non-local return must be the last statement in blocks", at: caret)
                pendingReturn = nil
            }
            do {
                let statement = try parseStatement(allowsReturn: allowsReturn)
                if statement.isReturn { pendingReturn = statement.range.start }
                statements.append(statement)
                if current.kind == .period {
                    advance()
                    continue
                }
                if current.kind != end {
                    throw error("Expected '\(name)' after statement list, found '\(describe(current))'")
                }
            } catch {
                synchronize(to: mark, stoppingAt: [end])
                if current.kind == .period { advance() } else { break }
            }
        }
        return statements
    }

    /// `statement ::= [ "^" ] expression`
    func parseStatement(allowsReturn: Bool) throws -> Statement {
        if current.kind == .caret {
            let caret = advance()
            if !allowsReturn {
                report("Non-local return is only allowed as the last statement of a block", at: caret.start)
            }
            let expression = try parseExpression()
            return Statement(expression: expression, isReturn: true, range: SourceRange(caret.start, previousEnd))
        }
        let expression = try parseExpression()
        return Statement(expression: expression, isReturn: false, range: expression.range)
    }
}

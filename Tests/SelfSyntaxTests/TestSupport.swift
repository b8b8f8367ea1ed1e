import SelfSyntax
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Helpers shared by the SelfSyntax tests: parsing strings, sketching trees, and
// checking diagnostics against a position marker written into the source.

/// Parses a string the way `_EvaluateStringIfFail:` would (no shebang skipping),
/// unless `skipShebang` says otherwise.
func parse(_ text: String, skipShebang: Bool = false) -> ParseResult {
    Parser.parse(SourceFile(name: "test.self", text: text), skipShebang: skipShebang)
}

/// Parses bytes that need not be valid UTF-8.
func parse(bytes: [UInt8], skipShebang: Bool = false) -> ParseResult {
    Parser.parse(SourceFile(name: "test.self", bytes: bytes), skipShebang: skipShebang)
}

/// The compact sketch of a source text that must parse without diagnostics (see
/// `Sketch`). Any diagnostic is recorded as a test issue.
func sketch(_ text: String, skipShebang: Bool = false, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    -> String
{
    let result = parse(text, skipShebang: skipShebang)
    for diagnostic in result.diagnostics {
        Issue.record(
            "unexpected diagnostic at \(diagnostic.location): \(diagnostic.message)", sourceLocation: sourceLocation)
    }
    return Sketch.script(result.script)
}

/// The sketch of the only statement's expression of a source text.
func sketchExpression(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    let result = parse(text)
    for diagnostic in result.diagnostics {
        Issue.record(
            "unexpected diagnostic at \(diagnostic.location): \(diagnostic.message)", sourceLocation: sourceLocation)
    }
    guard result.script.statements.count == 1 else {
        Issue.record("expected one statement, got \(result.script.statements.count)", sourceLocation: sourceLocation)
        return ""
    }
    return Sketch.expression(result.script.statements[0].expression)
}

/// Records an issue unless a source text parses without any diagnostic.
func expectClean(_ text: String, skipShebang: Bool = false, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let diagnostics = parse(text, skipShebang: skipShebang).diagnostics
    #expect(
        diagnostics.isEmpty, "\(diagnostics.map { "\($0.location): \($0.message)" })", sourceLocation: sourceLocation)
}

// MARK: - Inline diagnostics

/// A source text with a position marker `⟨^⟩` written where a diagnostic is expected.
///
/// The marker is removed before parsing; `offset` is the byte offset where it stood
/// and `location` its 1-based line and byte column, computed here independently of
/// `SourceFile` so that the tests also check the position arithmetic.
struct MarkedSource {
    /// The marker. Its characters never occur in Self syntax outside string
    /// literals and comments, and the tests do not put it there.
    static let marker = "⟨^⟩"

    /// The source with the marker removed.
    let text: String
    /// Byte offset of the marker.
    let offset: Int
    /// Line and byte column of the marker.
    let location: SelfSyntax.SourceLocation

    init(_ marked: String) {
        let markerBytes = Array(MarkedSource.marker.utf8)
        let bytes = Array(marked.utf8)
        var found: Int?
        var index = 0
        while index + markerBytes.count <= bytes.count {
            if Array(bytes[index..<index + markerBytes.count]) == markerBytes {
                precondition(found == nil, "more than one marker in \(marked)")
                found = index
            }
            index += 1
        }
        guard let offset = found else { preconditionFailure("no marker in \(marked)") }
        let clean = Array(bytes[..<offset]) + Array(bytes[(offset + markerBytes.count)...])
        self.text = String(decoding: clean, as: UTF8.self)
        self.offset = offset
        let before = bytes[..<offset]
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        self.location = SelfSyntax.SourceLocation(line: line, column: offset - lineStart + 1)
    }
}

/// Asserts that the first diagnostic of `marked` (marker removed) is `message` at the
/// marker, and returns the parse result for further checks.
@discardableResult
func expectError(
    _ marked: String, _ message: String, skipShebang: Bool = false,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> ParseResult {
    let source = MarkedSource(marked)
    let result = parse(source.text, skipShebang: skipShebang)
    guard let first = result.diagnostics.first else {
        Issue.record("no diagnostic for \(source.text)", sourceLocation: sourceLocation)
        return result
    }
    #expect(first.message == message, sourceLocation: sourceLocation)
    #expect(first.location == source.location, "message: \(first.message)", sourceLocation: sourceLocation)
    #expect(first.offset == source.offset, sourceLocation: sourceLocation)
    #expect(first.level == .error, sourceLocation: sourceLocation)
    #expect(result.hasErrors, sourceLocation: sourceLocation)
    return result
}

// MARK: - Tokens

/// The tokens of a text (without the final end of file), each as `kind text`, e.g.
/// `identifier at`, `operatorChar +`.
func tokens(_ text: String, skipShebang: Bool = false) -> [String] {
    var lexer = Lexer(source: SourceFile(name: "test.self", text: text), skipShebang: skipShebang)
    let bytes = Array(text.utf8)
    return lexer.tokenize().dropLast().map { token in
        "\(token.kind) \(String(decoding: bytes[token.start..<token.end], as: UTF8.self))"
    }
}

/// The kinds of the tokens of a text, end of file included.
func tokenKinds(_ text: String) -> [TokenKind] {
    var lexer = Lexer(source: SourceFile(name: "test.self", text: text), skipShebang: false)
    return lexer.tokenize().map(\.kind)
}

// MARK: - Environment

/// Reads environment variables (without Foundation).
enum Environment {
    /// The value of a variable, or nil if it is not set.
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

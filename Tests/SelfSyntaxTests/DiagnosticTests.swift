import SelfSyntax
import Testing

/// Diagnostics: their positions, order and three-line rendering (cli.md §4.1,
/// language.md §3.1).
@Suite struct DiagnosticTests {
    // MARK: Rendering

    @Test func renderingHasThreeLines() throws {
        let source = SourceFile(name: "examples/../objects/bad.self", text: "a.\n  foo: (1 + 2 * 3).\nb")
        let result = Parser.parse(source, skipShebang: true)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(
            diagnostic.rendered(in: source, color: false)
                == "examples/../objects/bad.self:2:15: Error: Different binary messages cannot be chained\n"
                + "  foo: (1 + 2 * 3).\n"
                + "              ^\n")
    }

    @Test func caretIsIndentedWithSpacesEvenAfterTabs() throws {
        let source = SourceFile(name: "t.self", text: "\t\tx }")
        let diagnostic = try #require(Parser.parse(source).diagnostics.first)
        #expect(diagnostic.location == SourceLocation(line: 1, column: 5))
        #expect(
            diagnostic.rendered(in: source, color: false)
                == "t.self:1:5: Error: Expected 'end of file' after statement list, found '}'\n\t\tx }\n    ^\n")
    }

    /// Control characters in the echoed line (an escape sequence, a carriage return,
    /// a bidirectional override) are shown as one `?` per byte: a report must not
    /// rewrite the terminal, and the caret stays under its byte.
    @Test func controlCharactersAreNotEchoed() throws {
        let source = SourceFile(name: "t.self", text: "'\u{1B}[2J\r\u{202E}x' + )")
        let diagnostic = try #require(Parser.parse(source).diagnostics.first)
        #expect(diagnostic.location == SourceLocation(line: 1, column: 15))
        #expect(
            diagnostic.rendered(in: source, color: false)
                == "t.self:1:15: Error: Expected primary expression\n'?[2J????x' + )\n              ^\n")
    }

    /// Regression (issue 8, defect 6): an invalid UTF-8 byte in the echoed line is
    /// shown as one `?`, so the caret, placed by byte column, stays under its byte;
    /// valid UTF-8 is shown as it is.
    @Test func invalidUTF8IsEchoedOneCharacterPerByte() throws {
        let bytes = Array("'a".utf8) + [0xFF, 0xC3] + Array("b' + )".utf8)
        let source = SourceFile(name: "t.self", bytes: bytes)
        let diagnostic = try #require(Parser.parse(source).diagnostics.first)
        #expect(diagnostic.location == SourceLocation(line: 1, column: 10))
        #expect(
            diagnostic.rendered(in: source, color: false)
                == "t.self:1:10: Error: Expected primary expression\n'a??b' + )\n         ^\n")
        #expect(SourceFile(name: "u.self", text: "'caf\u{E9}' x").displayLine(1) == "'caf\u{E9}' x")
    }

    @Test func errorAtTheEndOfTheFile() throws {
        let source = SourceFile(name: "<a string>", text: "(1")
        let diagnostic = try #require(Parser.parse(source, skipShebang: false).diagnostics.first)
        #expect(
            diagnostic.rendered(in: source, color: false)
                == "<a string>:1:3: Error: Expected ')' after expression, found 'end of file'\n(1\n  ^\n")
    }

    @Test func errorAtTheEndOfAFileEndingInALineFeed() throws {
        let source = SourceFile(name: "t.self", text: "(1\n")
        let diagnostic = try #require(Parser.parse(source).diagnostics.first)
        #expect(diagnostic.location == SourceLocation(line: 2, column: 1))
        #expect(
            diagnostic.rendered(in: source, color: false)
                == "t.self:2:1: Error: Expected ')' after expression, found 'end of file'\n\n^\n")
    }

    @Test func sourceLineIsTheWholeLineWithoutItsLineFeed() throws {
        let source = SourceFile(name: "t.self", text: "first.\nsecond ] third.\nfourth")
        let diagnostic = try #require(Parser.parse(source).diagnostics.first)
        let lines = diagnostic.rendered(in: source, color: false).split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(
            lines == [
                "t.self:2:8: Error: Expected 'end of file' after statement list, found ']'", "second ] third.",
                "       ^", "",
            ])
    }

    @Test func allDiagnosticsAreRenderedInOrder() {
        let result = parse("a ]\nb )")
        #expect(
            result.renderedDiagnostics(color: false)
                == "test.self:1:3: Error: Expected 'end of file' after statement list, found ']'\na ]\n  ^\n"
                + "test.self:2:3: Error: Expected 'end of file' after statement list, found ')'\nb )\n  ^\n")
    }

    @Test func colorHighlightsOnlyTheLevelAndTheCaret() throws {
        let source = SourceFile(name: "t.self", text: "}")
        let diagnostic = try #require(Parser.parse(source).diagnostics.first)
        let colored = diagnostic.rendered(in: source, color: true)
        #expect(colored.contains("\u{1B}["))
        #expect(colored.hasPrefix("t.self:1:1: "))
        #expect(colored.contains(": Expected primary expression\n}\n"))
        #expect(!diagnostic.rendered(in: source, color: false).contains("\u{1B}"))
    }

    // MARK: Positions and order

    @Test func diagnosticsAreSortedByPosition() {
        let result = parse("4611686018427387904 + (1 ]. x Foo")
        #expect(
            result.diagnostics.map(\.message) == [
                "Value does not fit in 63-bit integer",
                "Expected ')' after expression, found ']'",
                "Capitalised word 'Foo' is only valid as a keyword part such as 'Put:'",
            ])
        #expect(result.diagnostics.map(\.offset) == result.diagnostics.map(\.offset).sorted())
    }

    @Test func parsingGoesOnAfterAnError() {
        let result = parse("a }.\n(| a. a |).\n[ ^ 1. 2 ].\n1 + 2 * 3")
        #expect(result.diagnostics.map(\.location.description) == ["1:3", "2:7", "3:3", "4:7"])
        #expect(result.hasErrors)
    }

    /// Regression (issue 8, defect 2): 20,000 stray `)` on one line gave 20,000
    /// diagnostics, each echoing the whole line. A line reports at most
    /// `maximumDiagnosticsPerLine`, a file `maximumDiagnostics`, and a last one counts
    /// the rest; the first is where it always was.
    @Test func diagnosticsAreBoundedPerLineAndPerFile() {
        let line = parse("3 " + String(repeating: ")", count: 20_000))
        #expect(line.diagnostics.count == Parser.maximumDiagnosticsPerLine + 1)
        #expect(line.diagnostics.first?.location.description == "1:3")
        #expect(
            line.diagnostics.last?.message
                == "Too many errors: \(20_000 - Parser.maximumDiagnosticsPerLine) more not shown")
        let file = parse(String(repeating: "a }.\n", count: 500))
        #expect(file.diagnostics.count == Parser.maximumDiagnostics + 1)
        #expect(file.diagnostics.last?.message == "Too many errors: \(500 - Parser.maximumDiagnostics) more not shown")
        #expect(file.hasErrors)
    }

    @Test func oneDiagnosticPerPosition() {
        let result = parse("(((")
        #expect(result.diagnostics.count == 1)
    }

    @Test func invalidTokenIsReportedWithTheLexerMessage() {
        expectError("(1 ⟨^⟩Foo)", "Capitalised word 'Foo' is only valid as a keyword part such as 'Put:'")
        expectError("x at: ⟨^⟩_ Put: 2", "A lone '_' is not an identifier")
        expectError("(| a = ⟨^⟩0123 |)", "A leading zero must not be followed by a digit in '0123'")
        expectError("[| :a | a ⟨^⟩'\n' ]", "Unexpected newline in string literal")
    }

    @Test func errorsAreLevelError() {
        let result = parse("} ] )")
        #expect(!result.diagnostics.isEmpty)
        #expect(result.diagnostics.allSatisfy { $0.level == .error })
        #expect(Diagnostic.Level.error.rawValue == "Error")
    }

    @Test func cleanSourceHasNoDiagnostics() {
        let result = parse("(| a = 1 |) a print")
        #expect(result.diagnostics.isEmpty)
        #expect(!result.hasErrors)
        #expect(result.renderedDiagnostics(color: false) == "")
    }

    // MARK: Token names in "Expected …, found '…'"

    @Test(arguments: [
        ("b", "identifier"), ("_b", "identifier"), ("at: 1", "first-keyword"), ("Put: 1", "rest-keyword"),
        ("3", "integer"), ("1.5", "floating-point number"), ("'s'", "string"), ("", "end of file"),
        (")", ")"), ("]", "]"), ("[", "["), ("(", "("), (":", ":"), (";", ";"), ("^", "^"), ("}", "}"), ("{", "{"),
        ("+", "+"), ("||", "||"), ("^^", "^^"),
    ])
    func foundTokenIsNamedByKindOrText(_ token: String, _ name: String) {
        expectError("(| a ⟨^⟩\(token)", "Expected '|' after slot list, found '\(name)'")
    }
}

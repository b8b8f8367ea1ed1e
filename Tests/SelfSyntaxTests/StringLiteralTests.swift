import SelfSyntax
import Testing

/// String literals: language.md §2.8.
@Suite struct StringLiteralTests {
    /// The bytes of a source text that must be exactly one string literal.
    func content(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [UInt8]? {
        let result = parse(bytes: bytes)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))", sourceLocation: sourceLocation)
        guard result.script.statements.count == 1,
            case .string(let content) = result.script.statements[0].expression.kind
        else {
            Issue.record("not one string literal: \(Sketch.script(result.script))", sourceLocation: sourceLocation)
            return nil
        }
        return content
    }

    func content(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [UInt8]? {
        content(Array(text.utf8), sourceLocation: sourceLocation)
    }

    @Test func plainStrings() {
        #expect(content("''") == [])
        #expect(content("'abc'") == Array("abc".utf8))
        #expect(content("'a \"not a comment\" b'") == Array("a \"not a comment\" b".utf8))
        #expect(content("'( [ { } ] ) . ; | ^ _ Foo'") == Array("( [ { } ] ) . ; | ^ _ Foo".utf8))
    }

    @Test(
        arguments: [
            ("\\n", [0x0A]), ("\\r", [0x0D]), ("\\t", [0x09]), ("\\\\", [0x5C]), ("\\'", [0x27]),
            ("\\x41", [0x41]), ("\\xfF", [0xFF]), ("\\xFf", [0xFF]), ("\\x00", [0x00]), ("\\x0a", [0x0A]),
            ("\\x415", [0x41, 0x35]), ("a\\tb", [0x61, 0x09, 0x62]),
        ] as [(String, [UInt8])])
    func escape(_ escape: String, _ expected: [UInt8]) {
        #expect(content("'\(escape)'") == expected)
    }

    @Test(arguments: [
        "\\\"", "\\0", "\\u0041", "\\X41", "\\a", "\\x4", "\\x4g", "\\xg1", "\\ ", "\\N", "\\T", "\\b", "\\e", "\\x",
    ])
    func invalidEscape(_ escape: String) {
        expectError("x foo: ⟨^⟩'ab\(escape)zz'", "Invalid escape sequence in string literal")
    }

    @Test func invalidEscapeErrorIsAtTheStartOfTheLiteral() {
        expectError("a.\n  ⟨^⟩'one \\q two' print", "Invalid escape sequence in string literal")
    }

    @Test func backslashBeforeALineFeedIsAnInvalidEscape() {
        expectError("⟨^⟩'a\\\nb'", "Invalid escape sequence in string literal")
    }

    @Test func rawLineFeedIsAnError() {
        expectError("⟨^⟩'a\nb'", "Unexpected newline in string literal")
        expectError("x foo: ⟨^⟩'\n'", "Unexpected newline in string literal")
    }

    @Test func unterminatedStringIsAnError() {
        expectError("⟨^⟩'abc", "Unterminated string literal")
        expectError("x foo: ⟨^⟩'", "Unterminated string literal")
        expectError("1. 2. ⟨^⟩'\\x41", "Unterminated string literal")
    }

    @Test func rawNULIsAnError() {
        let result = parse(bytes: Array("x foo: 'a".utf8) + [0] + Array("b'".utf8))
        #expect(result.diagnostics.first?.message == "Unexpected NUL byte in string literal")
        #expect(result.diagnostics.first?.location == SourceLocation(line: 1, column: 8))
    }

    @Test func rawTabCarriageReturnAndOtherBytesAreKeptVerbatim() {
        #expect(content("'a\tb'") == [0x61, 0x09, 0x62])
        #expect(content("'a\rb'") == [0x61, 0x0D, 0x62])
        #expect(content("'a\r'") == [0x61, 0x0D])
        #expect(content("'héllo ∀ 🙂'") == Array("héllo ∀ 🙂".utf8))
        #expect(content([0x27, 0xFF, 0xFE, 0x80, 0x01, 0x7F, 0x27]) == [0xFF, 0xFE, 0x80, 0x01, 0x7F])
    }

    @Test func adjacentStringsAreTwoLiterals() {
        #expect(tokens("'a''b'") == ["string 'a'", "string 'b'"])
        expectError("'a'⟨^⟩'b'", "Expected 'end of file' after statement list, found 'string'")
    }

    @Test func stringsTakeMessages() {
        #expect(sketch("'a', 'b'; printLine") == "(('a' , 'b') printLine)")
        #expect(sketch("'' parent") == "('' parent)")
        #expect(sketch("'path' _RunScript") == "('path' _RunScript)")
    }
}

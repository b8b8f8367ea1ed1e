import SelfSyntax
import Testing

/// Source text and lexical syntax: language.md §1 and §2.1–§2.3, §2.5.
@Suite struct LexerTests {
    // MARK: §1.1 Lines and positions

    @Test func lineFeedEndsALineAndColumnsCountBytes() {
        expectError("a.\nb.\n  ⟨^⟩}", "Expected primary expression")
    }

    @Test func carriageReturnIsWhitespaceNotALineEnd() {
        #expect(tokens("a\rb") == ["identifier a", "identifier b"])
        expectError("a.\r b ⟨^⟩}", "Expected 'end of file' after statement list, found '}'")
        expectError("a.\r\n⟨^⟩}", "Expected primary expression")
        #expect(parse("a.\r\n}").diagnostics.first?.location == SourceLocation(line: 2, column: 1))
    }

    @Test func tabCountsAsOneColumn() {
        expectError("\t\ta ⟨^⟩}", "Expected 'end of file' after statement list, found '}'")
    }

    @Test func columnsCountBytesOfMultibyteCharacters() {
        expectError("'héllo' ⟨^⟩}", "Expected 'end of file' after statement list, found '}'")
    }

    // MARK: §1.2 Shebang

    @Test func shebangLineIsSkippedForFiles() {
        #expect(sketch("#!/usr/bin/env self run\n3 print", skipShebang: true) == "(3 print)")
        #expect(sketch("#!", skipShebang: true) == "")
        #expect(sketch("#! whatever ( [ { '", skipShebang: true) == "")
    }

    @Test func shebangDoesNotChangeLineNumbers() {
        expectError("#!/usr/bin/self\n\n⟨^⟩}", "Expected primary expression", skipShebang: true)
    }

    @Test func shebangIsNotSkippedForStrings() {
        #expect(parse("#!/usr/bin/env self\n3 print", skipShebang: false).hasErrors)
        // `#!` and `/` are operator characters: the line is a binary send to self.
        #expect(sketch("#! x", skipShebang: false) == "(#! x)")
    }

    @Test func shebangMustBeTheFirstTwoBytes() {
        #expect(parse(" #!/usr/bin/env self\n3", skipShebang: true).hasErrors)
        #expect(parse("\n#!/usr/bin/env self\n3", skipShebang: true).hasErrors)
        #expect(sketch("# ! x", skipShebang: true) == "(#! x)")
    }

    // MARK: §2.1 Whitespace and comments

    @Test func whitespaceSeparatesTokens() {
        #expect(tokens(" a\tb\rc\nd ") == ["identifier a", "identifier b", "identifier c", "identifier d"])
        #expect(sketch("\t\r\n 3 \r\n\t") == "3")
    }

    @Test func commentsAreIgnoredIncludingNewlinesAndBackslashes() {
        #expect(tokens("a \"one\ntwo \\\" b") == ["identifier a", "identifier b"])
        #expect(sketch("\"leading\" 3 \"between\" print \"trailing\"") == "(3 print)")
        #expect(sketch("a\"no space needed\"b") == "(a b)")
    }

    @Test func commentsDoNotNestAndHaveNoEscape() {
        // The comment ends at the second quote; `c` and `d` are code again.
        #expect(tokens("a \"x \\\" c d") == ["identifier a", "identifier c", "identifier d"])
        #expect(tokens("\"\"\"\" a") == ["identifier a"])
        #expect(tokens("\"it's\" a") == ["identifier a"])
    }

    @Test func unterminatedCommentSilentlySwallowsTheRestOfTheFile() {
        let result = parse("1 print.\n2 print. \"never closed\n3 print ( [ { '\n")
        #expect(result.diagnostics.isEmpty)
        #expect(Sketch.script(result.script) == "(1 print). (2 print)")
        #expect(sketch("\"") == "")
        #expect(sketch("3 \"") == "3")
    }

    @Test func unterminatedCommentInsideAnExpressionStillEndsTheFile() {
        expectError("(1 + \"rest⟨^⟩", "Expected primary expression")
    }

    // MARK: §2.2 Identifiers

    @Test(arguments: ["a", "max_size", "aB9_", "x_", "z__z", "self", "nil", "resend", "std"])
    func ordinaryIdentifier(_ name: String) {
        #expect(tokens(name) == ["identifier \(name)"])
    }

    @Test func wordsWithSpecialMeaningElsewhereAreOrdinarySends() {
        #expect(sketch("nil. true. false. std. resend") == "nil. true. false. std. resend")
        #expect(sketch("resend foo") == "(resend foo)")
    }

    @Test(arguments: ["_Clone", "_a", "_1", "__", "_Int_Add", "_x9"])
    func primitiveIdentifier(_ name: String) {
        #expect(tokens(name) == ["primitive \(name)"])
        #expect(sketch("3 \(name)") == "(3 \(name))")
    }

    @Test func primitiveIdentifiersAreSelectors() {
        #expect(sketch("_Nil") == "_Nil")
        #expect(sketch("3 _IntAdd: 4") == "(3 _IntAdd: 4)")
        #expect(sketch("a _ByteAt: 0 Put: 65") == "(a _ByteAt: 0 Put: 65)")
    }

    @Test func loneUnderscoreIsALexicalError() {
        expectError("⟨^⟩_", "A lone '_' is not an identifier")
        expectError("x ⟨^⟩_ y", "A lone '_' is not an identifier")
        expectError("3 + ⟨^⟩_.", "A lone '_' is not an identifier")
        expectError("a.\n⟨^⟩_: 3", "A lone '_' is not an identifier")
    }

    @Test func capitalisedWordIsALexicalError() {
        expectError("⟨^⟩Foo", "Capitalised word 'Foo' is only valid as a keyword part such as 'Put:'")
        expectError("x ⟨^⟩Foo", "Capitalised word 'Foo' is only valid as a keyword part such as 'Put:'")
        expectError("x at: 1 ⟨^⟩Put : 2", "Capitalised word 'Put' is only valid as a keyword part such as 'Put:'")
        expectError("(| ⟨^⟩X = 1 |)", "Capitalised word 'X' is only valid as a keyword part such as 'Put:'")
    }

    @Test func lexicalErrorAfterValidCodeIsReportedAtItsPosition() {
        expectError("a b c.\nd ⟨^⟩E", "Capitalised word 'E' is only valid as a keyword part such as 'Put:'")
    }

    @Test func nonASCIIAndControlBytesOutsideStringsAreErrors() {
        expectError("a ⟨^⟩é", "Unexpected character 0xC3")
        expectError("⟨^⟩\u{7F}", "Unexpected character 0x7F")
        expectError("1 +⟨^⟩\u{01}", "Unexpected character 0x01")
        let nul = parse(bytes: [UInt8(ascii: "a"), 0x20, 0x00])
        #expect(nul.diagnostics.first?.message == "Unexpected character 0x00")
        #expect(nul.diagnostics.first?.offset == 2)
    }

    // MARK: §2.3 Keywords

    @Test func firstKeywordIncludesItsColon() {
        #expect(
            tokens("at: ifTrue: _AddSlots: x1_y:") == [
                "firstKeyword at:", "firstKeyword ifTrue:", "firstKeyword _AddSlots:", "firstKeyword x1_y:",
            ])
    }

    @Test func restKeywordIsCapitalisedWithColon() {
        #expect(tokens("Put: IfFail: With2_x:") == ["restKeyword Put:", "restKeyword IfFail:", "restKeyword With2_x:"])
    }

    @Test func whitespaceBeforeTheColonSplitsTheKeyword() {
        #expect(tokens("at : 1") == ["identifier at", "colon :", "integer 1"])
        expectError("x at ⟨^⟩: 1", "Expected 'end of file' after statement list, found ':'")
        expectError("at\"comment\"⟨^⟩: 1", "Expected 'end of file' after statement list, found ':'")
    }

    @Test func keywordPartsNeedNoSpaceBetweenThem() {
        #expect(sketch("x at:1 Put:2") == "(x at: 1 Put: 2)")
        #expect(sketch("x at:i put:v") == "(x at: (i put: v))")
    }

    // MARK: §2.5 Punctuation

    @Test func punctuationTokens() {
        #expect(
            tokenKinds("( ) [ ] : ; . | ^ <- { }") == [
                .leftParen, .rightParen, .leftBracket, .rightBracket, .colon, .semicolon, .period, .pipe, .caret,
                .arrow, .leftBrace, .rightBrace, .endOfFile,
            ])
    }

    @Test func bracesAreRecognisedButNeverValid() {
        expectError("⟨^⟩{", "Expected primary expression")
        expectError("⟨^⟩{ 1 }", "Expected primary expression")
        expectError("a ⟨^⟩}", "Expected 'end of file' after statement list, found '}'")
        expectError("x foo: ⟨^⟩{}", "Expected primary expression")
        expectError("[ 1 ⟨^⟩} ]", "Expected ']' after statement list, found '}'")
        expectError("(| a = 1. ⟨^⟩{ |)", "Expected identifier, keyword or operator for slot name")
    }

    @Test func emptySourceAndOnlyTriviaAreEmptyScripts() {
        #expect(sketch("") == "")
        #expect(sketch(" \n\t\r ") == "")
        #expect(sketch("\"just a comment\"") == "")
    }
}

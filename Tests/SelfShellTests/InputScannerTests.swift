import SelfShell
import Testing

/// `InputScanner`: when REPL input is complete and when it needs more lines.
@Suite("input completeness")
struct InputScannerTests {
    @Test(
        "complete inputs",
        arguments: [
            "", "3 + 4", "(3 + 4) * 2", "[ :x | x ] value: 1", "_AddSlots: (| a <- 0 |)",
            "'a string'", "'it\\'s'", "'(['", "\"a comment with ( and ' in it\" 3",
            "(1\n+ 2)", "'a\\\\' size", "{", "3. 4",
        ])
    func complete(_ text: String) {
        #expect(InputScanner.isComplete(text), "\(text)")
    }

    @Test("an open parenthesis or bracket continues the input")
    func openBrackets() {
        #expect(InputScanner.scan("(3 +").openBrackets == ["("])
        #expect(InputScanner.scan("[ :x | (x").openBrackets == ["[", "("])
        #expect(InputScanner.scan("(| a = (1 |)").openBrackets == ["("])
        #expect(!InputScanner.isComplete("_AddSlots: (|\n    a <- 0."))
        #expect(InputScanner.isComplete("_AddSlots: (|\n    a <- 0.\n|)"))
    }

    @Test("an open string continues the input; escapes do not close it")
    func openStrings() {
        #expect(InputScanner.scan("'abc").inString)
        #expect(InputScanner.scan("'it\\'s").inString)
        #expect(InputScanner.scan("'a\\\\").inString)
        #expect(!InputScanner.scan("'a\\\\'").inString)
        // Across lines the string stays open until its quote (the parser then
        // reports the raw newline).
        #expect(InputScanner.isComplete("'abc\ndef'"))
        #expect(!InputScanner.isComplete("'abc\ndef"))
    }

    @Test("an open comment continues the input; quotes and brackets inside it do not count")
    func openComments() {
        #expect(InputScanner.scan("3 \"note").inComment)
        #expect(InputScanner.scan("\"it's (").inComment)
        #expect(InputScanner.isComplete("\"it's (\" 3"))
        #expect(InputScanner.isComplete("\"first\nsecond\" 3"))
        #expect(!InputScanner.isComplete("( \"a ) in a comment\""))
    }

    @Test("a closer without an opener ends the input at once")
    func unbalanced() {
        #expect(InputScanner.scan(")").unbalanced)
        #expect(InputScanner.isComplete("3 ) ("))
        #expect(InputScanner.isComplete("(]"))
    }

    @Test("blank inputs: whitespace and closed comments only")
    func blank() {
        #expect(InputScanner.isBlank(""))
        #expect(InputScanner.isBlank("  \t"))
        #expect(InputScanner.isBlank("\"just a note\""))
        #expect(!InputScanner.isBlank("\"note\" 3"))
        #expect(!InputScanner.isBlank("nil"))
    }
}

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

    @Test(
        "a trailing binary operator or keyword part continues the input",
        arguments: [
            "3 +", "3 + ", "x at:", "x at: 1 Put:", "_AddSlots:", "a ==", "a -> ", "a ||", "a ^^",
            "3 + \"the argument comes next\"", "'abc' ,", "x ifTrue: [ 1 ] False:", "3 <",
        ])
    func awaitsArgument(_ text: String) {
        #expect(InputScanner.scan(text).awaitsArgument, "\(text)")
        #expect(!InputScanner.isComplete(text), "\(text)")
    }

    @Test(
        "an operator or keyword that is not last, or inside a string or comment, does not",
        arguments: [
            "3 + 4", "x at: 1", "x foo", "3 + 4.", "'a +'", "\"x at:\"", "x at: 'b'", "[ :x | x ]", "x at: (1)",
            "^ 3", "a | b", "3 +\n4", "x y:z", "16r1F",
        ])
    func notAwaitingArgument(_ text: String) {
        #expect(!InputScanner.scan(text).awaitsArgument, "\(text)")
    }

    @Test("an operator at the end still waits inside brackets, and closing them ends the wait")
    func operatorsAndBrackets() {
        #expect(!InputScanner.isComplete("(3 +"))
        #expect(!InputScanner.isComplete("(3 +)" + " +"))
        #expect(InputScanner.isComplete("(3 +)"))
        // A closer with no opener makes the input complete whatever precedes it.
        #expect(InputScanner.isComplete("3 + ) +"))
    }
}

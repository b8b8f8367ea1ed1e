import SelfShell
import Testing

/// A line editor that replays a fixed list of reads and records the prompts.
final class ScriptedEditor: LineEditor {
    /// What the next reads return, first first.
    var reads: [LineInput]
    /// The prompts shown, in order.
    var prompts: [String] = []
    /// What was added to the history.
    var remembered: [String] = []

    init(_ reads: [LineInput]) {
        self.reads = reads
    }

    var isInteractive: Bool { false }

    func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return reads.isEmpty ? .endOfInput : reads.removeFirst()
    }

    func remember(_ entry: String) {
        remembered.append(entry)
    }
}

/// `InputReader`: gathering whole inputs from lines.
@Suite("reading inputs")
struct InputReaderTests {
    func inputs(_ lines: [LineInput]) -> (inputs: [Input], prompts: [String]) {
        let editor = ScriptedEditor(lines)
        let reader = InputReader(editor: editor)
        var result: [Input] = []
        while true {
            let input = reader.next()
            result.append(input)
            if input == .endOfInput { break }
        }
        return (result, editor.prompts)
    }

    @Test("one line, one input")
    func singleLines() {
        let read = inputs([.line("3 + 4"), .line("answer")])
        #expect(read.inputs == [.source("3 + 4"), .source("answer"), .endOfInput])
        #expect(read.prompts == ["> ", "> ", "> "])
    }

    @Test("continuation lines while something is open, joined with LF")
    func multiLine() {
        let read = inputs([.line("(3"), .line("+ [ 4"), .line("] value)"), .line("5")])
        #expect(read.inputs == [.source("(3\n+ [ 4\n] value)"), .source("5"), .endOfInput])
        #expect(read.prompts == ["> ", ". ", ". ", "> ", "> "])
    }

    @Test("blank lines are skipped at the first prompt but kept inside an input")
    func blankLines() {
        let read = inputs([.line(""), .line("   "), .line("\"note\""), .line("("), .line(""), .line("3)")])
        #expect(read.inputs == [.source("(\n\n3)"), .endOfInput])
    }

    @Test("a first line starting with a colon is a command")
    func commands() {
        let read = inputs([.line("  :help  "), .line("(3"), .line(":quit)")])
        #expect(read.inputs == [.command(":help"), .source("(3\n:quit)"), .endOfInput])
    }

    @Test("Ctrl-C abandons the input being gathered")
    func interrupted() {
        let read = inputs([.line("(3"), .interrupted, .line("4")])
        #expect(read.inputs == [.interrupted, .source("4"), .endOfInput])
    }

    @Test("the end of input inside an unfinished input hands the text over, then ends")
    func endInsideInput() {
        let read = inputs([.line("(3 +")])
        #expect(read.inputs == [.source("(3 +"), .endOfInput])
        #expect(read.prompts == ["> ", ". "])
    }
}

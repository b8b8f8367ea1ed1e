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
    /// The notes shown.
    var notes: [String] = []
    /// Whether it plays a terminal.
    let interactive: Bool

    init(_ reads: [LineInput], interactive: Bool = false) {
        self.reads = reads
        self.interactive = interactive
    }

    var isInteractive: Bool { interactive }

    func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return reads.isEmpty ? .endOfInput : reads.removeFirst()
    }

    func remember(_ entry: String) {
        remembered.append(entry)
    }

    func show(_ note: String) {
        notes.append(note)
    }
}

/// `InputReader`: gathering whole inputs from lines.
@Suite("reading inputs")
struct InputReaderTests {
    func inputs(_ lines: [LineInput], interactive: Bool = false) -> (
        inputs: [Input], prompts: [String], notes: [String]
    ) {
        let editor = ScriptedEditor(lines, interactive: interactive)
        let reader = InputReader(editor: editor)
        var result: [Input] = []
        while true {
            let input = reader.next()
            result.append(input)
            if input == .endOfInput { break }
        }
        return (result, editor.prompts, editor.notes)
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
        let read = inputs([.line("(3"), .interrupted(emptyLine: true), .line("4")])
        #expect(read.inputs == [.interrupted, .source("4"), .endOfInput])
    }

    @Test("the end of input inside an unfinished input hands the text over, then ends")
    func endInsideInput() {
        let read = inputs([.line("(3 +")])
        #expect(read.inputs == [.source("(3 +"), .endOfInput])
        #expect(read.prompts == ["> ", ". "])
    }

    @Test("a trailing operator or keyword part asks for a continuation line")
    func trailingOperator() {
        let read = inputs([.line("3 +"), .line("4"), .line("x at:"), .line("1")])
        #expect(read.inputs == [.source("3 +\n4"), .source("x at:\n1"), .endOfInput])
        #expect(read.prompts == ["> ", ". ", "> ", ". ", "> "])
    }

    @Test("at a terminal, Ctrl-D at a continuation prompt abandons that input only, with a note")
    func endAtContinuation() {
        let read = inputs([.line("(3 +"), .endOfInput, .line("4"), .endOfInput], interactive: true)
        #expect(read.inputs == [.source("4"), .endOfInput])
        #expect(read.prompts == ["> ", ". ", "> ", "> "])
        #expect(read.notes == [InputReader.abandonedNote])
    }

    @Test("the lines of one paste are one input, complete or not, until the paste ends")
    func pastedLines() {
        let read = inputs(
            [.pastedLine("3 + 4."), .pastedLine("5 + 6"), .pasteEnded, .line("7")], interactive: true)
        #expect(read.inputs == [.source("3 + 4.\n5 + 6"), .source("7"), .endOfInput])
        #expect(read.prompts == ["> ", ". ", ". ", "> ", "> "])
    }

    @Test("a paste that ends inside an unfinished input, or without a line end, waits for more")
    func pasteThenTyping() {
        let unfinished = inputs([.pastedLine("(3"), .pasteEnded, .line("+ 4)")], interactive: true)
        #expect(unfinished.inputs == [.source("(3\n+ 4)"), .endOfInput])
        // The last pasted line, finished with Enter, arrives as a typed one.
        let typed = inputs([.pastedLine("3 +"), .line("4")], interactive: true)
        #expect(typed.inputs == [.source("3 +\n4"), .endOfInput])
        // Blank pasted lines before any text are skipped; an empty paste gives nothing.
        let blank = inputs([.pastedLine(""), .pasteEnded, .pastedLine(" "), .pastedLine("5"), .pasteEnded])
        #expect(blank.inputs == [.source("5"), .endOfInput])
    }

    @Test("a second Ctrl-C in a row on an empty prompt says how to leave, before the next prompt")
    func leaveNote() {
        let editor = ScriptedEditor(
            [
                .interrupted(emptyLine: false), .interrupted(emptyLine: true), .interrupted(emptyLine: true),
                .interrupted(emptyLine: true), .line("3"),
            ], interactive: true)
        let reader = InputReader(editor: editor)
        #expect(reader.next() == .interrupted)
        #expect(reader.next() == .interrupted)
        #expect(editor.notes.isEmpty)
        #expect(reader.next() == .interrupted)
        // Shown when the reader is asked for the next input (the shell prints ^C first).
        #expect(editor.notes.isEmpty)
        #expect(reader.next() == .interrupted)
        #expect(editor.notes == [InputReader.leaveNote])
        #expect(reader.next() == .source("3"))
        #expect(editor.notes == [InputReader.leaveNote])
    }

    @Test("Ctrl-C in a continuation line does not count towards the note")
    func interruptInContinuation() {
        let read = inputs(
            [.line("(3"), .interrupted(emptyLine: true), .interrupted(emptyLine: true), .line("4")],
            interactive: true)
        #expect(read.inputs == [.interrupted, .interrupted, .source("4"), .endOfInput])
        #expect(read.notes.isEmpty)
    }
}

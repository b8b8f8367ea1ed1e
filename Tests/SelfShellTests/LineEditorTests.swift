import SelfShell
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The pieces around the line editors: plain reading, commands, the history file.
@Suite("line editors")
struct LineEditorTests {
    /// Reads everything from a pipe that holds `text`.
    func plainLines(_ text: String) -> [LineInput] {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        var bytes = Array(text.utf8)
        #expect(write(fds[1], &bytes, bytes.count) == bytes.count)
        close(fds[1])
        defer { close(fds[0]) }
        let reader = PlainLineReader(fileDescriptor: fds[0])
        var lines: [LineInput] = []
        while true {
            let line = reader.readLine(prompt: "> ")
            lines.append(line)
            if line == .endOfInput { return lines }
        }
    }

    @Test("plain reading splits on LF, drops a CR before it, keeps a last unterminated line")
    func plainReading() {
        #expect(plainLines("a\nb\r\n\nlast") == [.line("a"), .line("b"), .line(""), .line("last"), .endOfInput])
        #expect(plainLines("") == [.endOfInput])
        #expect(plainLines("one\n") == [.line("one"), .endOfInput])
    }

    @Test(
        "REPL commands",
        arguments: [
            (":help", ShellCommand.help), (":h", .help), (":?", .help),
            (":quit", .quit), (":q", .quit), (":exit", .quit), (":nope", .unknown(":nope")),
            (":schedule", .schedule), (":schedule save  a b", .saveSchedule("a b")),
            (":schedule save", .usage("Usage: :schedule [save FILE]")),
            (":schedule all", .usage("Usage: :schedule [save FILE]")),
            (":replay", .replay("")), (":replay 2 3", .replay("2 3")),
        ])
    func commands(text: String, command: ShellCommand) {
        #expect(ShellCommand(text) == command)
    }

    @Test("a command is a line whose first non-blank character is a colon")
    func commandLines() {
        #expect(ShellCommand.text(of: "  :help \t") == ":help")
        #expect(ShellCommand.text(of: "x: 3") == nil)
        #expect(ShellCommand.text(of: "") == nil)
    }

    @Test("the history file: SELF_HISTORY, else ~/.swiftself_history, else none")
    func historyFile() {
        func file(_ variables: [String: String]) -> String? {
            LineEditors.historyFile { variables[$0] }
        }
        #expect(file(["HOME": "/home/ann"]) == "/home/ann/.swiftself_history")
        #expect(file(["HOME": "/home/ann/"]) == "/home/ann/.swiftself_history")
        #expect(file(["HOME": "/home/ann", "SELF_HISTORY": "/tmp/h"]) == "/tmp/h")
        #expect(file(["HOME": "/home/ann", "SELF_HISTORY": ""]) == nil)
        #expect(file([:]) == nil)
    }
}

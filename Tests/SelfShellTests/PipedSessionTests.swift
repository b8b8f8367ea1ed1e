import Foundation
import Testing

/// The REPL with standard input that is not a terminal: plain lines, no prompt, no
/// escape codes, exit status 0 at the end of input.
@Suite("REPL on piped input")
struct PipedSessionTests {
    @Test("results on standard output, nothing else, status 0 at the end of input")
    func results() throws {
        let result = try ShellSandbox().pipe("3 _IntAdd: 4\nanswer\n0 _IntLT: 1\nnil\n(2\n_IntAdd: 3)\n")
        #expect(result.status == 0)
        #expect(result.standardOutput == "$1 = 7\n$2 = 42\n$3 = true\n$4 = 5\n")
        #expect(result.standardError == "")
    }

    @Test("errors are reported on standard error without escape codes, and reading goes on")
    func errors() throws {
        let result = try ShellSandbox().pipe("nosuch\n3 _IntAdd: )\n:bogus\ndouble: 4\n")
        #expect(result.status == 0)
        #expect(result.standardOutput == "$1 = 8\n")
        #expect(result.standardError.contains("Unknown selector \"nosuch\""))
        #expect(result.standardError.contains("at <top level> (<input 1>:1:1-6)"))
        #expect(result.standardError.contains("Expected primary expression"))
        #expect(result.standardError.contains("Unknown REPL command ':bogus'"))
        #expect(!result.standardOutput.contains("\u{1B}"))
        #expect(!result.standardError.contains("\u{1B}"))
    }

    @Test("running out of memory is a runtime error the REPL survives (issue 8, defect 4)")
    func outOfMemory() throws {
        // A lobby method that links ever more 10 KB cells into a list the lobby holds
        // (the backslashes continue the first input line).
        let input = """
            _AddSlots: (| hoard <- 0. hoardForever = ( | cell | cell: (| next <- 0. data <- 0 |) _Clone. \
            cell next: hoard. cell data: ('x' _ByteArrayCopySize: 10000 FillingExtrasWith: 'x'). \
            hoard: cell. _Restart ) |)
            hoardForever
            hoard: 0
            answer

            """
        let result = try ShellSandbox().pipe(input, arguments: ["--heap-limit", "64"])
        #expect(result.status == 0)
        #expect(result.standardError.contains("Out of memory: the heaps reached their limit of 64 MiB"))
        #expect(result.standardOutput.hasSuffix("$1 = 42\n"))
    }

    @Test("unfinished input at the end is evaluated (and reported), then the REPL exits 0")
    func unfinishedInput() throws {
        let result = try ShellSandbox().pipe("answer\n(3 _IntAdd:")
        #expect(result.status == 0)
        #expect(result.standardOutput == "$1 = 42\n")
        #expect(result.standardError.contains("Error"))
    }

    @Test("_Exit: ends the session with its status; :quit with 0")
    func exiting() throws {
        let exited = try ShellSandbox().pipe("_Exit: 3\nanswer\n")
        #expect(exited.status == 3)
        #expect(exited.standardOutput == "")
        let quit = try ShellSandbox().pipe(":quit\nanswer\n")
        #expect(quit.status == 0)
        #expect(quit.standardOutput == "")
    }

    @Test("--no-world: the bare VM, as ZigSelf starts")
    func noWorld() throws {
        let result = try ShellSandbox().pipe("3 _IntAdd: 4\nanswer\n", arguments: ["--no-world"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "$1 = 7\n")
        #expect(result.standardError.contains("Unknown selector \"answer\""))
    }

    @Test("definitions answer one line; results are numbered and $N reuses them")
    func definitionsAndNumbers() throws {
        let input = """
            _AddSlots: (| counter <- 0. bump = ( counter: counter _IntAdd: 1 ) |)
            counter: 3
            double: 5
            $1 _IntAdd: 1
            '$1' "$1"
            [ $1 ] value
            $7

            """
        let result = try ShellSandbox().pipe(input)
        #expect(result.status == 0)
        #expect(
            result.standardOutput == "added counter, bump\ncounter: 3\n$1 = 10\n$2 = 11\n$3 = '$1'\n$4 = 10\n")
        #expect(result.standardError == "No result $7 in <input 7>: $1 to $4 are kept.\n")
    }

    @Test("an unknown selector's report is followed by hints; the report itself is unchanged")
    func hints() throws {
        let result = try ShellSandbox().pipe("_AddSlots: (| p = (| size = 2 |) |)\np sise\n")
        #expect(result.standardError.hasPrefix("Received error while evaluating string: Unknown selector \"sise\"\n"))
        #expect(result.standardError.contains("Hint: the receiver is p.\nHint: it understands size.\n"))
    }

    @Test("outliner commands evaluate their expression like an input; errors are reported")
    func outlinerCommands() throws {
        let input = """
            :i std traits
            :where lobby double:
            :source lobby double:
            :find doub
            :i nosuch

            """
        let result = try ShellSandbox().pipe(input)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("$1 = std traits\n  integer = std traits integer\n"))
        #expect(result.standardOutput.contains("double: is a method of lobby\n"))
        #expect(result.standardOutput.contains("double: x = ( x _IntAdd: x )\n"))
        #expect(result.standardOutput.contains("double:   lobby\n"))
        #expect(result.standardError.contains("Unknown selector \"nosuch\""))
        // :find evaluates nothing: four evaluations came before.
        #expect(result.standardError.contains("(<input 4>:1:1-6)"))
    }
}

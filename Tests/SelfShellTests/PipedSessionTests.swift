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
        #expect(result.standardOutput == "<integer> 7\n<integer> 42\ntrue\n<integer> 5\n")
        #expect(result.standardError == "")
    }

    @Test("errors are reported on standard error without escape codes, and reading goes on")
    func errors() throws {
        let result = try ShellSandbox().pipe("nosuch\n3 _IntAdd: )\n:bogus\ndouble: 4\n")
        #expect(result.status == 0)
        #expect(result.standardOutput == "<integer> 8\n")
        #expect(result.standardError.contains("Unknown selector \"nosuch\""))
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
        #expect(result.standardOutput.hasSuffix("<integer> 42\n"))
    }

    @Test("unfinished input at the end is evaluated (and reported), then the REPL exits 0")
    func unfinishedInput() throws {
        let result = try ShellSandbox().pipe("answer\n(3 _IntAdd:")
        #expect(result.status == 0)
        #expect(result.standardOutput == "<integer> 42\n")
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
        #expect(result.standardOutput == "<integer> 7\n")
        #expect(result.standardError.contains("Unknown selector \"answer\""))
    }
}

import Foundation
import Testing

/// The `self` command seen from outside: exit statuses, which stream gets what, and
/// the exact text of help, diagnostics and dumps (cli.md §1, §3, §4.1).
@Suite("self command line")
struct SelfCLITests {
    /// A file that uses every area of the grammar and has no errors.
    static let validSource = """
        #!/usr/bin/env self
        "A point, with methods of every kind."
        (|
            parent* = lobby.
            x <- 3.
            y <- 4.
            origin = (| x = 0. y = 0 |).
            size = ( (x * x) + (y * y) ).
            + p = ( copy x: x + p x; y: y + p y ).
            at: i Put: v = ( | old | old: i. v ).
            describe = ( 'point\\n' , 'x\\tand\\ty' ).
        |) size.
        [ | :a. :b | a max: b ] value: 1 With: 2.
        10 - 3 - 2.
        list add: 3; add: 4; size.
        foo: -1.
        "an unterminated comment ends the file silently
        """

    /// A file with three errors on three lines, each of which must be reported.
    static let invalidSource = """
        "three errors"
        1 + 2 * 3.
        (| a = 1. a = 2 |).
        foo: { 1 }.

        """

    /// The diagnostics for `invalidSource`, three lines each, without colour.
    static let invalidDiagnostics = """
        errors.self:2:7: Error: Different binary messages cannot be chained
        1 + 2 * 3.
              ^
        errors.self:3:11: Error: Slot with name 'a' already defined
        (| a = 1. a = 2 |).
                  ^
        errors.self:4:6: Error: Expected primary expression
        foo: { 1 }.
             ^

        """

    /// A small file for the AST dump snapshot.
    static let dumpSource = """
        (| parent* = lobby. at: i Put: v = ( v ). n <- 1 |).
        10 - 3 - 2.
        [ | :x | ^ x foo: 'a' Bar: 2.5 ] value: 7; printLine.
        self succ: + 1.

        """

    // MARK: - Help and version

    @Test(
        "--help, -h and `help` print the usage text to standard error and exit 0",
        arguments: [
            ["--help"], ["-h"], ["help"],
        ])
    func help(arguments: [String]) throws {
        let scratch = try ScratchDirectory()
        let result = try SelfProcess.run(arguments, in: scratch.url)
        #expect(result.status == 0)
        #expect(result.standardOutput == "")
        assertSnapshot(result.standardError, named: "help.txt")
    }

    @Test("`self parse --help` describes the subcommand and exits 0")
    func parseHelp() throws {
        let result = try ScratchDirectory().run("parse", "--help")
        #expect(result.status == 0)
        #expect(result.standardOutput == "")
        assertSnapshot(result.standardError, named: "help-parse.txt")
    }

    @Test("--version prints a version number and exits 0")
    func version() throws {
        let result = try ScratchDirectory().run("--version")
        #expect(result.status == 0)
        let printed = (result.standardOutput + result.standardError).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(printed.split(separator: ".").count == 3)
        #expect(printed.allSatisfy { $0.isNumber || $0 == "." })
    }

    // MARK: - self parse

    @Test("`self parse` on a valid file prints nothing and exits 0")
    func parseValidFile() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("valid.self", Self.validSource)
        let result = try scratch.run("parse", file)
        #expect(result.status == 0)
        #expect(result.standardOutput == "")
        #expect(result.standardError == "")
    }

    @Test("`self parse` on an empty file exits 0")
    func parseEmptyFile() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("empty.self", "")
        let result = try scratch.run("parse", file)
        #expect(result.status == 0)
        #expect(result.standardOutput == "")
        #expect(result.standardError == "")
    }

    @Test("`self parse` reports every error in the three-line format, without colour, and exits 1")
    func parseInvalidFile() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("errors.self", Self.invalidSource)
        let result = try scratch.run("parse", file)
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError == Self.invalidDiagnostics)
        #expect(!result.standardError.contains("\u{1B}"), "standard error is not a terminal: no escape codes")
    }

    @Test("A diagnostic names the file exactly as it was given on the command line")
    func diagnosticFileName() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(
            at: scratch.url.appendingPathComponent("sub/dir"), withIntermediateDirectories: true)
        try scratch.write("sub/dir/bad.self", "3 +\n")
        let result = try scratch.run("parse", "./sub/../sub/dir/bad.self")
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("./sub/../sub/dir/bad.self:2:1: Error: "))
    }

    @Test(
        "A file that cannot be read is named in the message, and `self` exits 1",
        arguments: [
            "no-such-file.self", "missing/dir/x.self", ".",
        ])
    func unreadableFile(path: String) throws {
        let result = try ScratchDirectory().run("parse", path)
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.contains("'\(path)'"))
    }

    @Test(
        "Usage errors exit 1 with an error and the usage text on standard error",
        arguments: [
            ["parse", "one.self", "two.self"],
            ["parse", "--no-such-option", "one.self"],
            ["--no-such-option"],
            ["parse"],
        ])
    func usageError(arguments: [String]) throws {
        let scratch = try ScratchDirectory()
        try scratch.write("one.self", "1.\n")
        try scratch.write("two.self", "2.\n")
        let result = try SelfProcess.run(arguments, in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("Error: "))
        #expect(result.standardError.contains("Usage: self "))
    }

    // MARK: - Syntax tree dumps

    @Test(
        "`self parse --dump-ast` and `-A` print the syntax tree to standard output and exit 0",
        arguments: [
            "--dump-ast", "-A",
        ])
    func dumpAST(flag: String) throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("sample.self", Self.dumpSource)
        let result = try scratch.run("parse", flag, file)
        #expect(result.status == 0)
        #expect(result.standardError == "")
        assertSnapshot(result.standardOutput, named: "dump-ast.txt")
    }

    @Test("`self parse --dump-ast` on a file with errors prints the diagnostics and the dump, and exits 1")
    func parseDumpWithErrors() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("errors.self", Self.invalidSource)
        let result = try scratch.run("parse", "--dump-ast", file)
        #expect(result.status == 1)
        #expect(result.standardError == Self.invalidDiagnostics)
        #expect(result.standardOutput.hasPrefix("Script 'errors.self'\n"))
    }

    // MARK: - self FILE

    @Test("`self --dump-ast FILE` exits 0 even with parse errors, as ZigSelf does (cli.md §1)")
    func runDumpWithErrors() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("errors.self", Self.invalidSource)
        let result = try scratch.run("--dump-ast", file)
        #expect(result.status == 0)
        #expect(result.standardError == Self.invalidDiagnostics)
        #expect(result.standardOutput.hasPrefix("Script 'errors.self'\n"))
    }
}

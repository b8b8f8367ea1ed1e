import ArgumentParser
import SelfRuntime
import SelfSyntax

/// Reads and parses script files for the subcommands.
enum ScriptLoading {
    /// Reads a file, parses it, and prints its diagnostics to standard error (with
    /// colour when standard error is a terminal). An unreadable file is reported by
    /// name and exits with status 1 (cli.md §2).
    static func parse(path: String) throws -> ParseResult {
        let bytes = try readFile(path)
        let result = Parser.parse(SourceFile(name: path, bytes: bytes), skipShebang: true)
        if !result.diagnostics.isEmpty {
            Output.standardError(result.renderedDiagnostics(color: Output.isTerminal(2)))
        }
        return result
    }

    /// The whole contents of a file; an unreadable one is reported by name, exit 1.
    static func readFile(_ path: String) throws -> [UInt8] {
        switch Platform.readFile(path) {
        case .success(let bytes):
            return bytes
        case .failure(let error):
            Output.standardError("self: cannot read '\(path)': \(Platform.describe(errorNumber: error.number))\n")
            throw ExitCode(1)
        }
    }
}

/// The standard streams, through the runtime's platform layer: unbuffered, so that
/// program output and the VM's reports interleave in the order they were made
/// (cli.md §4).
enum Output {
    static func standardOutput(_ text: String) { Platform.write(1, text) }
    static func standardError(_ text: String) { Platform.writeError(text) }
    static func isTerminal(_ fd: Int32) -> Bool { Platform.isTerminal(fd) }
    static func exit(_ status: Int32) -> Never { Platform.exit(status) }
}

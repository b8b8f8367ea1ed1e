import ArgumentParser
import SelfSyntax

#if canImport(Glibc)
    import Glibc
#endif

/// Reads and parses script files for the subcommands.
enum ScriptLoading {
    /// Reads a file, parses it, and prints its diagnostics to standard error (with
    /// colour when standard error is a terminal). An unreadable file is reported by
    /// name and exits with status 1 (cli.md §2).
    static func parse(path: String) throws -> ParseResult {
        guard let bytes = readFile(path) else {
            Output.standardError("self: cannot read '\(path)': \(String(cString: strerror(errno)))\n")
            throw ExitCode(1)
        }
        let result = Parser.parse(SourceFile(name: path, bytes: bytes), skipShebang: true)
        if !result.diagnostics.isEmpty {
            Output.standardError(result.renderedDiagnostics(color: isatty(2) != 0))
        }
        return result
    }

    /// The whole contents of a file, or nil (errno set) if it cannot be read.
    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            errno = EISDIR
            return nil
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
        }
    }
}

/// Unbuffered writes to the standard streams, so that program output and the VM's
/// reports interleave in the order they were made (cli.md §4).
enum Output {
    static func standardOutput(_ text: String) { write(1, text) }
    static func standardError(_ text: String) { write(2, text) }

    static func write(_ fd: Int32, _ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) != 0 }

    static func exit(_ status: Int32) -> Never {
        Glibc.exit(status)
    }
}

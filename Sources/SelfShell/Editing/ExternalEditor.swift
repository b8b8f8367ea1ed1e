#if canImport(Glibc)
    import Glibc
#endif

/// Runs the user's editor on a temporary file, for `:edit SLOT`: `$VISUAL`, else
/// `$EDITOR`, else `vi`, through `/bin/sh -c` so that an editor given with options
/// (`code --wait`) works. The terminal is the editor's while it runs.
public enum ExternalEditor {
    /// What editing came to.
    public enum Outcome: Equatable {
        /// The text as the editor left it.
        case edited(String)
        /// The editor could not be run or exited with a failure status.
        case failed(String)
    }

    /// The editor command from the environment.
    public static func command(environment: (String) -> String? = LineEditors.environmentValue) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment(name), !value.isEmpty { return value }
        }
        return "vi"
    }

    /// Writes `text` to a new temporary `.self` file, runs the editor on it and reads
    /// it back; the file is removed afterwards.
    public static func edit(_ text: String, command: String = command()) -> Outcome {
        var template = Array("/tmp/swiftself-edit-XXXXXX.self".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 5) }
        guard fd >= 0 else { return .failed("cannot make a temporary file") }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        var bytes = Array(text.utf8)
        let written = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { return .failed("cannot write \(path)") }
        let status = system(command + " " + quoted(path))
        guard status == 0 else { return .failed("the editor (\(command)) exited with status \(status >> 8)") }
        guard let file = fopen(path, "r") else { return .failed("cannot read \(path)") }
        defer { fclose(file) }
        bytes = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return .edited(String(decoding: bytes, as: UTF8.self))
    }

    /// `text` quoted for `/bin/sh`.
    static func quoted(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}

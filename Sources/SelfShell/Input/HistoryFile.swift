#if canImport(Glibc)
    import Glibc
#endif

/// Appending one entry to a libedit history file, so that sessions running at the
/// same time keep each other's entries (docs/repl.md, "History file").
///
/// libedit's own `append_history(1, file)` appends more than the last entry
/// (measured: the whole session's history again), so the entry is encoded here as
/// libedit's `write_history` writes entries in a UTF-8 locale (measured; `strvis`
/// with `VIS_WHITE`, read back with `strunvis`): printable ASCII and UTF-8 bytes as
/// they are, a backslash, a blank or a control character as a three-digit octal
/// escape (`\134`, `\040`, `\012`). The line is written with one `write` on a descriptor opened with `O_APPEND`,
/// under an exclusive `flock`, so concurrent appends do not interleave.
enum HistoryFile {
    /// The header libedit writes at the start of a history file.
    static let header = "_HiStOrY_V2_"

    /// Appends `entry`; false when the file does not exist yet or does not start
    /// with the header (the caller then writes it whole).
    static func append(_ entry: String, to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard startsWithHeader(path) else { return false }
        var line = Array(encode(entry).utf8)
        line.append(0x0A)
        _ = flock(fd, LOCK_EX)
        defer { _ = flock(fd, LOCK_UN) }
        return line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == line.count
    }

    /// Whether the file at `path` starts with the header line.
    static func startsWithHeader(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: header.utf8.count)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        return count == buffer.count && buffer == Array(header.utf8)
    }

    /// One entry as a line of the file (without its LF).
    static func encode(_ entry: String) -> String {
        var bytes: [UInt8] = []
        for byte in entry.utf8 {
            if byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "\\") {
                bytes.append(byte)
            } else if byte >= 0x80 {
                // UTF-8 stays as it is, as libedit writes it in a UTF-8 locale.
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "\\"))
                for digit in [byte >> 6, (byte >> 3) & 7, byte & 7] { bytes.append(UInt8(ascii: "0") + digit) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

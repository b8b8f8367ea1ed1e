#if canImport(Glibc)
    import Glibc
#endif

/// Reads lines from a file descriptor that is not a terminal (a pipe or a file):
/// no prompt, no echo, no escape codes, so `echo '3 _IntAdd: 4' | self` prints only
/// the result.
///
/// It reads one byte per `read(2)` on purpose: the program being run may read the
/// same standard input (`std in readLine`), and a read-ahead buffer here would steal
/// the bytes meant for it.
public final class PlainLineReader: LineEditor {
    /// The descriptor lines come from.
    private let fileDescriptor: Int32
    /// Set once `read` has reported the end of input.
    private var reachedEnd = false

    public init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    public var isInteractive: Bool { false }

    /// The next line without its LF (and without a CR before it); the last line may
    /// lack the LF. Returns `.endOfInput` when nothing is left.
    public func readLine(prompt: String) -> LineInput {
        guard !reachedEnd else { return .endOfInput }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(fileDescriptor, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                reachedEnd = true
                if bytes.isEmpty { return .endOfInput }
                break
            }
            if byte == 0x0A { break }
            bytes.append(byte)
        }
        if bytes.last == 0x0D { bytes.removeLast() }
        return .line(String(decoding: bytes, as: UTF8.self))
    }

    /// Piped input has no history.
    public func remember(_ entry: String) {}
}

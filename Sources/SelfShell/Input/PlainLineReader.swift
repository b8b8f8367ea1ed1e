#if canImport(Glibc)
    import Glibc
#endif

/// Reads lines from a file descriptor without editing: from a pipe or a file (no
/// prompt, no echo, no escape codes, so `echo '3 _IntAdd: 4' | self` prints only the
/// result), or, `prompted`, from a terminal that cannot be redrawn (`TERM=dumb`,
/// `TerminalPolicy`), where the terminal itself edits the line and only the prompt is
/// written.
///
/// It reads one byte per `read(2)` on purpose: the program being run may read the
/// same standard input (`std in readLine`), and a read-ahead buffer here would steal
/// the bytes meant for it.
public final class PlainLineReader: LineEditor {
    /// The descriptor lines come from.
    private let fileDescriptor: Int32
    /// Whether prompts and notes are written (to standard output) and Ctrl-C is caught.
    private let prompted: Bool
    /// Set once `read` has reported the end of input. A terminal's end (Ctrl-D) is
    /// not final, so a prompted reader never sets it.
    private var reachedEnd = false

    public init(fileDescriptor: Int32, prompted: Bool = false) {
        self.fileDescriptor = fileDescriptor
        self.prompted = prompted
        if prompted { EditLineCallbacks.installStandingInterruptHandler() }
    }

    public var isInteractive: Bool { prompted }

    /// The next line without its LF (and without a CR before it); the last line may
    /// lack the LF. Returns `.endOfInput` when nothing is left. Prompted, it writes
    /// `prompt` first, and Ctrl-C (caught only while reading) abandons the line.
    public func readLine(prompt: String) -> LineInput {
        guard !reachedEnd else { return .endOfInput }
        var previous = sigaction()
        if prompted {
            show(prompt)
            EditLineCallbacks.interrupted.store(false, ordering: .relaxed)
            EditLineCallbacks.installInterruptHandler(saving: &previous)
        }
        defer { if prompted { _ = sigaction(SIGINT, &previous, nil) } }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(fileDescriptor, &byte, 1)
            if count < 0 && errno == EINTR {
                // The terminal drops the line it was collecting when Ctrl-C is typed.
                if prompted && EditLineCallbacks.interrupted.load(ordering: .relaxed) {
                    return .interrupted(emptyLine: bytes.isEmpty)
                }
                continue
            }
            if count <= 0 {
                if !prompted { reachedEnd = true }
                if bytes.isEmpty { return .endOfInput }
                break
            }
            if byte == 0x0A { break }
            bytes.append(byte)
        }
        if bytes.last == 0x0D { bytes.removeLast() }
        return .line(String(decoding: bytes, as: UTF8.self))
    }

    /// Plain lines have no history.
    public func remember(_ entry: String) {}

    /// Writes `note` to standard output when prompted.
    public func show(_ note: String) {
        guard prompted else { return }
        Terminal.write(note)
    }
}

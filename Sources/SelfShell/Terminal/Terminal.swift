#if canImport(Glibc)
    import Glibc
#endif

/// Writing to the terminal on standard output, and the control sequences the REPL
/// sends to it.
enum Terminal {
    /// Asks the terminal to mark pasted text with `ESC [ 200 ~` … `ESC [ 201 ~`
    /// (xterm's bracketed-paste mode; terminals without it ignore the sequence).
    static let bracketedPasteOn = "\u{1B}[?2004h"
    /// Turns bracketed-paste mode off again.
    static let bracketedPasteOff = "\u{1B}[?2004l"

    /// Writes all of `text` to standard output, unbuffered (so that it interleaves
    /// with libedit's own output and the shell's).
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            guard var pointer = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let written = Glibc.write(1, pointer, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                pointer += written
                left -= written
            }
        }
    }
}

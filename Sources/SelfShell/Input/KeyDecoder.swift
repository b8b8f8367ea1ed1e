/// Turns the bytes typed at a terminal into the characters libedit edits, one per
/// call, as its `rl_getc_function` (EditLineCallbacks.nextCharacter).
///
/// libedit's readline layer stores what that function returns directly as a wide
/// character, so this decoder does three things libedit would otherwise get wrong:
///
/// * UTF-8: a multibyte sequence becomes one Unicode scalar. A byte that cannot start
///   or continue a sequence becomes U+FFFD, and the byte that broke a sequence is
///   decoded afresh, so invalid input never blocks or is lost silently.
/// * Bracketed paste: the markers `ESC [ 2 0 0 ~` and `ESC [ 2 0 1 ~` that a terminal
///   sends around pasted text (once asked with `ESC [ ? 2004 h`) are removed; libedit
///   would ring the bell and insert `0~`. Inside a paste a line end becomes CR (one
///   for CR LF) and is recorded as `.pasted`; when the paste ends right after a line
///   end, a CR recorded as `.pasteEnded` is produced, so that `readline` returns and
///   the shell can take the pasted lines as one input. Other control characters in a
///   paste (Tab above all, which would complete) are preceded by Ctrl-V, libedit's
///   quoted insert, so that they are inserted as they are.
/// * Emptiness: `typedSinceLineStart` tells whether anything was delivered for the
///   current line, so that a Ctrl-C on an empty line can be told apart.
///
/// An `ESC` that does not start a marker is delivered unchanged, followed by the bytes
/// read to find out (arrow keys are `ESC [ A`). Bytes after an `ESC` and inside a
/// multibyte character are waited for at most `sequenceWait` milliseconds.
struct KeyDecoder {
    /// One attempt to read a byte.
    enum ByteRead: Equatable {
        /// A byte arrived.
        case byte(UInt8)
        /// Nothing arrived within the time allowed.
        case timedOut
        /// The end of input, an error, or Ctrl-C: the line read stops.
        case end
    }

    /// How the last line end delivered came about.
    enum LineEnd: Equatable {
        /// Typed by the person (Enter).
        case typed
        /// Part of a bracketed paste that goes on.
        case pasted
        /// Made up at the end of a paste that finished with a line end.
        case pasteEnded
    }

    /// How long to wait for the rest of an escape sequence or a multibyte character.
    static let sequenceWait: Int32 = 100
    /// The value returned at the end of input (libedit's readline layer treats -1 so).
    static let end: Int32 = -1
    /// U+FFFD, delivered for a byte that is not valid UTF-8.
    static let replacement: Int32 = 0xFFFD
    /// Ctrl-V: libedit's emacs binding for `ed-quoted-insert`.
    static let quotedInsert: Int32 = 0x16
    /// What follows `ESC` in the marker a terminal sends before pasted text.
    static let pasteStart: [UInt8] = Array("[200~".utf8)
    /// What follows `ESC` in the marker a terminal sends after pasted text.
    static let pasteEnd: [UInt8] = Array("[201~".utf8)

    /// Bytes read ahead and not yet decoded, first first.
    private var unread: [UInt8] = []
    /// Characters decoded and not yet delivered, first first.
    private var queued: [Int32] = []
    /// Between the two paste markers.
    private(set) var inPaste = false
    /// The last character delivered inside the current paste was a line end, so a
    /// paste ending now needs no Enter.
    private var pastedLineEndLast = false
    /// The previous pasted byte was CR, so an LF right after it is dropped.
    private var afterPastedReturn = false
    /// How the last line end delivered came about.
    private(set) var lastLineEnd = LineEnd.typed
    /// Whether anything was delivered since `startLine()`.
    private(set) var typedSinceLineStart = false

    /// Called before each line is read.
    mutating func startLine() {
        typedSinceLineStart = false
        lastLineEnd = .typed
    }

    /// The next character for libedit, or `end`. `read(wait)` reads one byte, waiting
    /// at most `wait` milliseconds (-1: for ever).
    mutating func next(_ read: (Int32) -> ByteRead) -> Int32 {
        let character = decode(read)
        if character != Self.end { typedSinceLineStart = true }
        return character
    }

    private mutating func decode(_ read: (Int32) -> ByteRead) -> Int32 {
        while true {
            if !queued.isEmpty { return queued.removeFirst() }
            guard let byte = nextByte(read, wait: -1) else { return Self.end }
            if byte == 0x1B, let marker = marker(read) {
                if marker {
                    inPaste = true
                    pastedLineEndLast = false
                    afterPastedReturn = false
                    continue
                }
                guard inPaste else { continue }
                inPaste = false
                if pastedLineEndLast && !typedSinceLineStart {
                    lastLineEnd = .pasteEnded
                    return 0x0D
                }
                continue
            }
            let character = byte < 0x80 ? Int32(byte) : multibyte(byte, read)
            guard inPaste else {
                if character == 0x0D || character == 0x0A { lastLineEnd = .typed }
                return character
            }
            if character == 0x0A && afterPastedReturn {
                afterPastedReturn = false
                continue
            }
            afterPastedReturn = character == 0x0D
            if character == 0x0D || character == 0x0A {
                pastedLineEndLast = true
                lastLineEnd = .pasted
                return 0x0D
            }
            pastedLineEndLast = false
            if character < 0x20 || character == 0x7F {
                queued.append(character)
                return Self.quotedInsert
            }
            return character
        }
    }

    /// After an `ESC`: true for the paste-start marker, false for the paste-end one,
    /// nil (with the bytes read put back) for anything else.
    private mutating func marker(_ read: (Int32) -> ByteRead) -> Bool? {
        var seen: [UInt8] = []
        while seen.count < Self.pasteStart.count {
            guard let byte = nextByte(read, wait: Self.sequenceWait) else { break }
            seen.append(byte)
            if !Self.pasteStart.starts(with: seen) && !Self.pasteEnd.starts(with: seen) { break }
        }
        if seen == Self.pasteStart { return true }
        if seen == Self.pasteEnd { return false }
        unread.insert(contentsOf: seen, at: 0)
        return nil
    }

    /// The scalar that starts with `lead` (at least 0x80), or U+FFFD.
    private mutating func multibyte(_ lead: UInt8, _ read: (Int32) -> ByteRead) -> Int32 {
        let count: Int
        var scalar: UInt32
        // The second byte's range excludes overlong forms, surrogates and values
        // above U+10FFFF (Unicode §3.9, table 3-7); later bytes are 0x80...0xBF.
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF:
            count = 1
            scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            count = 2
            scalar = UInt32(lead & 0x0F)
            if lead == 0xE0 { secondRange = 0xA0...0xBF }
            if lead == 0xED { secondRange = 0x80...0x9F }
        case 0xF0...0xF4:
            count = 3
            scalar = UInt32(lead & 0x07)
            if lead == 0xF0 { secondRange = 0x90...0xBF }
            if lead == 0xF4 { secondRange = 0x80...0x8F }
        default:
            return Self.replacement
        }
        for index in 0..<count {
            guard let byte = nextByte(read, wait: Self.sequenceWait) else { return Self.replacement }
            let range = index == 0 ? secondRange : 0x80...0xBF
            guard range.contains(byte) else {
                unread.insert(byte, at: 0)
                return Self.replacement
            }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        return Int32(scalar)
    }

    /// The next byte, read ahead or new; nil when none came (timeout or end).
    private mutating func nextByte(_ read: (Int32) -> ByteRead, wait: Int32) -> UInt8? {
        if !unread.isEmpty { return unread.removeFirst() }
        if case .byte(let byte) = read(wait) { return byte }
        return nil
    }
}

/// Decides whether REPL input is complete or needs continuation lines: it is
/// incomplete while a parenthesis or bracket, a string or a comment is open at its end,
/// or while its last token is a binary operator (`3 +`) or a keyword part (`x at:`,
/// `Put:`), whose argument is still to come. Comments and blanks after that token do
/// not count (`3 + "more below"` goes on too).
///
/// This is a small scanner rather than the `SelfSyntax` lexer because it must tell
/// *why* text is unfinished, which the lexer does not report (an unterminated comment
/// silently ends a file, language.md §2.1), and because it follows the user's intent
/// for a string broken across lines: the lexer ends a string at a raw newline, but the
/// scanner keeps it open until its closing quote, so the whole input is collected and
/// the parser then reports the newline once.
///
/// Anything that cannot be completed by typing more, such as a closing bracket with no
/// opening one, makes the input complete, so that the parser reports it at once.
public enum InputScanner {
    /// What is open at the end of a piece of input.
    public struct State: Equatable, Sendable {
        /// The unclosed `(` and `[`, innermost last.
        public var openBrackets: [Character] = []
        /// Inside a `'…'` string.
        public var inString = false
        /// Inside a `"…"` comment.
        public var inComment = false
        /// A closer had no opener: no continuation can fix that.
        public var unbalanced = false
        /// The last token is an operator (language.md §2.4) or a keyword part
        /// (§2.3): its argument has not been typed yet.
        public var awaitsArgument = false

        public init(
            openBrackets: [Character] = [], inString: Bool = false, inComment: Bool = false,
            unbalanced: Bool = false, awaitsArgument: Bool = false
        ) {
            self.openBrackets = openBrackets
            self.inString = inString
            self.inComment = inComment
            self.unbalanced = unbalanced
            self.awaitsArgument = awaitsArgument
        }

        /// Whether the input can be evaluated as it is.
        public var isComplete: Bool {
            unbalanced || (openBrackets.isEmpty && !inString && !inComment && !awaitsArgument)
        }
    }

    /// The operator characters of language.md §2.4 (`||` and `^^` are runs of `|` and
    /// `^`, which are handled apart).
    static let operatorBytes = Set("!@#$%&*,/\\<>=+-?`~".utf8)

    /// Whether `byte` can continue an identifier or keyword.
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x5F
    }

    /// Scans `text` from its start.
    public static func scan(_ text: String) -> State {
        var state = State()
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if state.inComment {
                if byte == UInt8(ascii: "\"") { state.inComment = false }
            } else if state.inString {
                switch byte {
                case UInt8(ascii: "'"): state.inString = false
                // Skip the escaped byte, so that `\'` does not close the string.
                case UInt8(ascii: "\\"): index += 1
                default: break
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""): state.inComment = true
                case 0x20, 0x09, 0x0A, 0x0D: break
                case UInt8(ascii: "'"):
                    state.inString = true
                    state.awaitsArgument = false
                case UInt8(ascii: "("): state.openBrackets.append("(")
                case UInt8(ascii: "["): state.openBrackets.append("[")
                case UInt8(ascii: ")"), UInt8(ascii: "]"):
                    if state.openBrackets.isEmpty {
                        state.unbalanced = true
                        return state
                    }
                    // A mismatched closer still closes: the parser will say what is wrong.
                    state.openBrackets.removeLast()
                    state.awaitsArgument = false
                case UInt8(ascii: "|"), UInt8(ascii: "^"):
                    // Doubled they are operators (`||`, `^^`); alone, a slot-list bar
                    // or the return marker.
                    let doubled = index < bytes.count && bytes[index] == byte
                    if doubled { index += 1 }
                    state.awaitsArgument = doubled
                case _ where operatorBytes.contains(byte):
                    state.awaitsArgument = true
                case _ where isWordByte(byte) && !(byte >= 0x30 && byte <= 0x39):
                    while index < bytes.count && isWordByte(bytes[index]) { index += 1 }
                    // A keyword's colon follows its word at once (language.md §2.3).
                    let keyword = index < bytes.count && bytes[index] == UInt8(ascii: ":")
                    if keyword { index += 1 }
                    state.awaitsArgument = keyword
                default:
                    state.awaitsArgument = false
                }
            }
        }
        return state
    }

    /// Whether `text` can be evaluated without more lines.
    public static func isComplete(_ text: String) -> Bool {
        scan(text).isComplete
    }

    /// Whether `text` has nothing but blanks and comments (a closed comment, or none).
    public static func isBlank(_ text: String) -> Bool {
        var inComment = false
        for byte in text.utf8 {
            if inComment {
                if byte == UInt8(ascii: "\"") { inComment = false }
            } else if byte == UInt8(ascii: "\"") {
                inComment = true
            } else if !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D) {
                return false
            }
        }
        return true
    }
}

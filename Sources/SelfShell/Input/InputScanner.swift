/// Decides whether REPL input is complete or needs continuation lines: it is
/// incomplete while a parenthesis or bracket, a string or a comment is open at its end.
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

        public init(
            openBrackets: [Character] = [], inString: Bool = false, inComment: Bool = false,
            unbalanced: Bool = false
        ) {
            self.openBrackets = openBrackets
            self.inString = inString
            self.inComment = inComment
            self.unbalanced = unbalanced
        }

        /// Whether the input can be evaluated as it is.
        public var isComplete: Bool {
            unbalanced || (openBrackets.isEmpty && !inString && !inComment)
        }
    }

    /// Scans `text` from its start.
    public static func scan(_ text: String) -> State {
        var state = State()
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            if state.inComment {
                if byte == UInt8(ascii: "\"") { state.inComment = false }
            } else if state.inString {
                switch byte {
                case UInt8(ascii: "'"): state.inString = false
                // Skip the escaped byte, so that `\'` does not close the string.
                case UInt8(ascii: "\\"): _ = bytes.next()
                default: break
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""): state.inComment = true
                case UInt8(ascii: "'"): state.inString = true
                case UInt8(ascii: "("): state.openBrackets.append("(")
                case UInt8(ascii: "["): state.openBrackets.append("[")
                case UInt8(ascii: ")"), UInt8(ascii: "]"):
                    if state.openBrackets.isEmpty {
                        state.unbalanced = true
                        return state
                    }
                    // A mismatched closer still closes: the parser will say what is wrong.
                    state.openBrackets.removeLast()
                default: break
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

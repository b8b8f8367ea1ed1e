/// The kinds of token the lexer produces (language.md §2).
public enum TokenKind: UInt8, Sendable {
    /// `[a-z][A-Za-z0-9_]*`, including `self`.
    case identifier
    /// `_[A-Za-z0-9_]+`: a unary primitive selector such as `_Clone`.
    case primitive
    /// An ordinary or primitive identifier immediately followed by `:` (`at:`, `_AddSlots:`).
    case firstKeyword
    /// `[A-Z][A-Za-z0-9_]*:` (`Put:`, `IfFail:`).
    case restKeyword
    /// One operator character, or `||`, or `^^`. The parser joins runs into selectors.
    case operatorChar
    /// An integer literal; `Token.payload` holds its value.
    case integer
    /// A float literal; `Token.payload` holds the bit pattern of its value.
    case float
    /// A string literal; `Token.payload` indexes `Lexer.strings`.
    case string
    case leftParen
    case rightParen
    case leftBracket
    case rightBracket
    /// `{`: recognised, but no grammar rule uses it.
    case leftBrace
    /// `}`: recognised, but no grammar rule uses it.
    case rightBrace
    case colon
    case semicolon
    case period
    /// `|` on its own.
    case pipe
    /// `^` on its own: the non-local return marker.
    case caret
    /// `<-`: the assignable-slot arrow.
    case arrow
    case endOfFile
    /// A byte sequence that is not a token; `Token.payload` indexes `Lexer.errors`.
    case invalid

    /// How ZigSelf names the kind in "Expected …, found '…'" messages, for kinds
    /// that are not shown by their text.
    var displayName: String? {
        switch self {
        case .identifier, .primitive: "identifier"
        case .firstKeyword: "first-keyword"
        case .restKeyword: "rest-keyword"
        case .integer: "integer"
        case .float: "floating-point number"
        case .string: "string"
        case .endOfFile: "end of file"
        case .invalid: "invalid character"
        default: nil
        }
    }
}

/// One token: its kind, where it lies, and a kind-specific payload.
public struct Token: Sendable {
    /// What the token is.
    public var kind: TokenKind
    /// Byte offset of its first byte.
    public var start: Int
    /// Byte offset just past its last byte.
    public var end: Int
    /// Integer value, float bits, or an index into the lexer's strings or errors.
    public var payload: Int64

    public var range: SourceRange { SourceRange(start, end) }
}

import SelfRuntime

/// One token of the text before the cursor, as completion sees it.
///
/// `start` and `end` are byte offsets into that text. A closing bracket that matches an
/// opening one records the opening token's index in `match`, so that a walk backwards
/// can step over a whole parenthesised expression or block at once.
struct CompletionToken: Equatable {
    /// What a token is. Coarser than the real lexer's: only what decides a receiver.
    enum Kind: Equatable {
        /// `foo`, `_Clone` (lowercase or `_` first).
        case identifier
        /// `Foo` (a capitalised word without a colon).
        case capitalizedIdentifier
        /// `at:`, `_IntAdd:` (a lowercase or `_` keyword part).
        case keyword
        /// `Put:` (a capitalised keyword part: a later part of a keyword selector).
        case capitalizedKeyword
        /// `:x`, a block or method argument.
        case argument
        /// A run of operator characters: `+`, `<=`, `||`.
        case binaryOperator
        /// `$3`: the result of an earlier input.
        case resultReference(Int)
        /// An integer literal (`42`, `16r1F`).
        case integer(Int64)
        /// A float literal (`1.5`).
        case float
        /// A complete string literal.
        case string
        /// `(` or `[`.
        case open(UInt8)
        /// `)` or `]`.
        case close(UInt8)
        /// Anything that ends an expression at its level: `.`, `^`, `|`, `{`, `}`, a lone
        /// `:`, a byte that no token starts with.
        case boundary
    }

    /// The kind.
    var kind: Kind
    /// The first byte.
    var start: Int
    /// One past the last byte.
    var end: Int
    /// For a closing bracket, the index of the opening token it closes.
    var match: Int? = nil
}

/// Splits the text before the cursor into `CompletionToken`s: one linear pass over the
/// bytes, no recursion (a line of 10,000 open parentheses is one more array), and no
/// allocation beyond the token array.
///
/// It knows strings (with `\` escapes) and comments so that brackets and quotes inside
/// them do not count, and reports whether the text ends inside one, where nothing is
/// completed.
struct CompletionScanner {
    /// The tokens, in order.
    private(set) var tokens: [CompletionToken] = []
    /// Whether the text ends inside a string literal or a comment.
    private(set) var endsInsideLiteral = false

    init(_ bytes: [UInt8]) {
        var openings: [Int] = []
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let start = index
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                index += 1
                continue
            case UInt8(ascii: "\""):
                index += 1
                while index < count && bytes[index] != UInt8(ascii: "\"") { index += 1 }
                if index == count {
                    endsInsideLiteral = true
                    return
                }
                index += 1
                continue
            case UInt8(ascii: "'"):
                index += 1
                while index < count && bytes[index] != UInt8(ascii: "'") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                if index >= count {
                    endsInsideLiteral = true
                    return
                }
                index += 1
                append(.string, start, index)
            case UInt8(ascii: "("), UInt8(ascii: "["):
                openings.append(tokens.count)
                index += 1
                append(.open(byte), start, index)
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                index += 1
                let opening = byte == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
                if let last = openings.last, tokens[last].kind == .open(opening) {
                    openings.removeLast()
                    tokens.append(CompletionToken(kind: .close(byte), start: start, end: index, match: last))
                } else {
                    // Unbalanced: nothing before it can be the receiver of what follows.
                    openings.removeAll()
                    append(.boundary, start, index)
                }
            case UInt8(ascii: ":"):
                index += 1
                if index < count && Self.isIdentifierStart(bytes[index]) {
                    while index < count && Self.isIdentifierByte(bytes[index]) { index += 1 }
                    append(.argument, start, index)
                } else {
                    append(.boundary, start, index)
                }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                index = scanNumber(bytes, start)
            case UInt8(ascii: "$") where index + 1 < count && Self.isDigit(bytes[index + 1]):
                index += 1
                var number = 0
                while index < count && Self.isDigit(bytes[index]) {
                    // Saturate: `$99999999999999999999` is just a result that does not exist.
                    number = number > 1_000_000_000 ? number : number * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                    index += 1
                }
                append(.resultReference(number), start, index)
            case _ where Self.isIdentifierStart(byte) || Self.isUppercase(byte):
                while index < count && Self.isIdentifierByte(bytes[index]) { index += 1 }
                let capitalized = Self.isUppercase(byte)
                if index < count && bytes[index] == UInt8(ascii: ":") {
                    index += 1
                    append(capitalized ? .capitalizedKeyword : .keyword, start, index)
                } else {
                    append(capitalized ? .capitalizedIdentifier : .identifier, start, index)
                }
            case _ where Self.isOperatorByte(byte):
                while index < count && Self.isOperatorByte(bytes[index]) { index += 1 }
                let lone = index == start + 1
                if lone && (byte == UInt8(ascii: "^") || byte == UInt8(ascii: "|")) {
                    append(.boundary, start, index)
                } else {
                    append(.binaryOperator, start, index)
                }
            default:
                // `.`, `{`, `}`, `;`, and bytes no token starts with (non-ASCII).
                index += 1
                append(.boundary, start, index)
            }
        }
    }

    private mutating func append(_ kind: CompletionToken.Kind, _ start: Int, _ end: Int) {
        tokens.append(CompletionToken(kind: kind, start: start, end: end))
    }

    /// `42`, `16r1F`, `1.5`, `1e10`: the value of plain decimal integers is kept (for
    /// the receiver), the rest only classified.
    private mutating func scanNumber(_ bytes: [UInt8], _ start: Int) -> Int {
        var index = start
        let count = bytes.count
        var value: Int64? = 0
        while index < count && Self.isDigit(bytes[index]) {
            if let current = value {
                let (times, overflow1) = current.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int64(bytes[index] - UInt8(ascii: "0")))
                value = overflow1 || overflow2 || sum > Value.maximumInteger ? nil : sum
            }
            index += 1
        }
        if index < count && (bytes[index] == UInt8(ascii: "r") || bytes[index] == UInt8(ascii: "R")) {
            index += 1
            while index < count && Self.isAlphanumeric(bytes[index]) { index += 1 }
            append(.integer(0), start, index)
            return index
        }
        var isFloat = false
        if index + 1 < count && bytes[index] == UInt8(ascii: ".") && Self.isDigit(bytes[index + 1]) {
            isFloat = true
            index += 1
            while index < count && Self.isDigit(bytes[index]) { index += 1 }
        }
        if index < count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            var next = index + 1
            if next < count && (bytes[next] == UInt8(ascii: "-") || bytes[next] == UInt8(ascii: "+")) { next += 1 }
            if next < count && Self.isDigit(bytes[next]) {
                isFloat = true
                index = next
                while index < count && Self.isDigit(bytes[index]) { index += 1 }
            }
        }
        append(isFloat ? .float : .integer(value ?? 0), start, index)
        return index
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isUppercase(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }

    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || isUppercase(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
    }

    static func isIdentifierByte(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == UInt8(ascii: "_") }

    /// The characters binary selectors are made of (the lexer's operator characters).
    static func isOperatorByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
            UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "\\"),
            UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"),
            UInt8(ascii: "?"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "^"):
            true
        default:
            false
        }
    }
}

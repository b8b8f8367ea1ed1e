/// Turns source bytes into tokens (language.md §2).
///
/// The lexer always takes the longest token. Operator characters come out one per
/// token (`||` and `^^` are single tokens); the parser joins runs of them into binary
/// selectors, because the join crosses whitespace and comments (§2.4) while slot
/// syntax such as `p* = x` must still see `*` and `=` apart.
///
/// A byte sequence that is not a token becomes an `.invalid` token whose message is in
/// `errors`; lexing then resumes after the bad word, so that every diagnostic of a
/// file can be reported. Literals that are well formed but out of range (an integer
/// of 2^62 or more, a float fraction of more than nine digits) keep their kind and add
/// an entry to `valueErrors` instead, because they do not disturb the grammar.
public struct Lexer {
    /// The source being scanned.
    public let source: SourceFile
    /// Contents of string literals, indexed by `Token.payload`.
    public private(set) var strings: [[UInt8]] = []
    /// Messages of invalid tokens, indexed by `Token.payload`.
    public private(set) var errors: [String] = []
    /// Range errors of otherwise valid literals, as (token start, message).
    public private(set) var valueErrors: [(offset: Int, message: String)] = []

    private let bytes: [UInt8]
    private var position: Int

    /// The largest integer value (2^62 − 1).
    static let maximumInteger: UInt64 = (1 << 62) - 1

    /// Creates a lexer. `skipShebang` skips a first line starting with `#!` (files
    /// only, language.md §1.2).
    public init(source: SourceFile, skipShebang: Bool) {
        self.source = source
        self.bytes = source.bytes
        self.position = 0
        if skipShebang, bytes.count >= 2, bytes[0] == UInt8(ascii: "#"), bytes[1] == UInt8(ascii: "!") {
            while position < bytes.count && bytes[position] != 0x0A { position += 1 }
        }
    }

    /// Scans the whole source. The last token is always `.endOfFile`.
    public mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5 + 1)
        while true {
            let token = next()
            tokens.append(token)
            if token.kind == .endOfFile { return tokens }
        }
    }

    // MARK: - Scanning

    private func peek(_ ahead: Int = 0) -> UInt8 {
        let index = position + ahead
        return index < bytes.count ? bytes[index] : 0
    }

    private var atEnd: Bool { position >= bytes.count }

    /// Skips whitespace and comments. An unterminated comment ends the file (§2.1).
    private mutating func skipTrivia() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A {
                position += 1
            } else if byte == UInt8(ascii: "\"") {
                position += 1
                while position < bytes.count && bytes[position] != UInt8(ascii: "\"") { position += 1 }
                if position < bytes.count { position += 1 }
            } else {
                return
            }
        }
    }

    private func make(_ kind: TokenKind, _ start: Int, payload: Int64 = 0) -> Token {
        Token(kind: kind, start: start, end: position, payload: payload)
    }

    private mutating func invalid(_ start: Int, _ message: String) -> Token {
        errors.append(message)
        return make(.invalid, start, payload: Int64(errors.count - 1))
    }

    /// Produces the next token.
    public mutating func next() -> Token {
        skipTrivia()
        let start = position
        guard position < bytes.count else { return make(.endOfFile, start) }
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
            return identifierOrKeyword(start)
        case UInt8(ascii: "_"):
            position += 1
            guard isIdentifierByte(peek()) else {
                return invalid(start, "A lone '_' is not an identifier")
            }
            return identifierOrKeyword(start, primitive: true)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            skipIdentifierBytes()
            if peek() == UInt8(ascii: ":") {
                position += 1
                return make(.restKeyword, start)
            }
            return invalid(start, "Capitalised word '\(text(start))' is only valid as a keyword part such as 'Put:'")
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number(start)
        case UInt8(ascii: "'"):
            return string(start)
        case UInt8(ascii: "("):
            position += 1
            return make(.leftParen, start)
        case UInt8(ascii: ")"):
            position += 1
            return make(.rightParen, start)
        case UInt8(ascii: "["):
            position += 1
            return make(.leftBracket, start)
        case UInt8(ascii: "]"):
            position += 1
            return make(.rightBracket, start)
        case UInt8(ascii: "{"):
            position += 1
            return make(.leftBrace, start)
        case UInt8(ascii: "}"):
            position += 1
            return make(.rightBrace, start)
        case UInt8(ascii: ":"):
            position += 1
            return make(.colon, start)
        case UInt8(ascii: ";"):
            position += 1
            return make(.semicolon, start)
        case UInt8(ascii: "."):
            position += 1
            return make(.period, start)
        case UInt8(ascii: "|"):
            position += 1
            if peek() == UInt8(ascii: "|") {
                position += 1
                return make(.operatorChar, start)
            }
            return make(.pipe, start)
        case UInt8(ascii: "^"):
            position += 1
            if peek() == UInt8(ascii: "^") {
                position += 1
                return make(.operatorChar, start)
            }
            return make(.caret, start)
        case UInt8(ascii: "<"):
            position += 1
            if peek() == UInt8(ascii: "-") {
                position += 1
                return make(.arrow, start)
            }
            return make(.operatorChar, start)
        default:
            if Lexer.isOperatorByte(byte) {
                position += 1
                return make(.operatorChar, start)
            }
            position += 1
            return invalid(start, "Unexpected character \(Lexer.describe(byte))")
        }
    }

    /// Whether a byte is one of the single-character operators of §2.4.
    public static func isOperatorByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "$"),
            UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: ","),
            UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: ">"),
            UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "?"),
            UInt8(ascii: "`"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "0x" + (hex.count < 2 ? "0" + hex : hex)
    }

    private func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }

    private mutating func skipIdentifierBytes() {
        while position < bytes.count && isIdentifierByte(bytes[position]) { position += 1 }
    }

    private func text(_ start: Int) -> String {
        String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func identifierOrKeyword(_ start: Int, primitive: Bool = false) -> Token {
        skipIdentifierBytes()
        if peek() == UInt8(ascii: ":") {
            position += 1
            return make(.firstKeyword, start)
        }
        return make(primitive ? .primitive : .identifier, start)
    }

    // MARK: - Numbers

    private func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Skips the rest of a malformed literal so that lexing can resume after it.
    private mutating func skipWord() {
        skipIdentifierBytes()
    }

    private mutating func number(_ start: Int) -> Token {
        var sawUnderscore = false
        if peek() == UInt8(ascii: "0") {
            while peek() == UInt8(ascii: "0") || peek() == UInt8(ascii: "_") {
                if peek() == UInt8(ascii: "_") { sawUnderscore = true }
                position += 1
            }
            switch peek() {
            case UInt8(ascii: "x"), UInt8(ascii: "X"):
                position += 1
                return radixInteger(start, radix: 16)
            case UInt8(ascii: "o"), UInt8(ascii: "O"):
                position += 1
                return radixInteger(start, radix: 8)
            case UInt8(ascii: "b"), UInt8(ascii: "B"):
                position += 1
                return radixInteger(start, radix: 2)
            case UInt8(ascii: "1")...UInt8(ascii: "9"):
                skipWord()
                return invalid(start, "A leading zero must not be followed by a digit in '\(text(start))'")
            default:
                if peek() == UInt8(ascii: ".") && isDigit(peek(1)) {
                    return float(start, integerPart: 0, integerHasUnderscore: sawUnderscore)
                }
                return make(.integer, start, payload: 0)
            }
        }
        var value: UInt64 = 0
        var overflow = false
        while isDigit(peek()) || peek() == UInt8(ascii: "_") {
            let byte = peek()
            position += 1
            if byte == UInt8(ascii: "_") {
                sawUnderscore = true
                continue
            }
            accumulate(&value, UInt64(byte - UInt8(ascii: "0")), radix: 10, overflow: &overflow)
        }
        if peek() == UInt8(ascii: ".") && isDigit(peek(1)) {
            return float(
                start, integerPart: overflow ? Double(UInt64.max) : Double(value),
                integerHasUnderscore: sawUnderscore)
        }
        return integerToken(start, value: value, overflow: overflow)
    }

    private func accumulate(_ value: inout UInt64, _ digit: UInt64, radix: UInt64, overflow: inout Bool) {
        let (product, o1) = value.multipliedReportingOverflow(by: radix)
        let (sum, o2) = product.addingReportingOverflow(digit)
        if o1 || o2 { overflow = true }
        value = sum
    }

    private mutating func integerToken(_ start: Int, value: UInt64, overflow: Bool) -> Token {
        if overflow || value > Lexer.maximumInteger {
            valueErrors.append((start, "Value does not fit in 63-bit integer"))
            return make(.integer, start, payload: 0)
        }
        return make(.integer, start, payload: Int64(value))
    }

    private mutating func radixInteger(_ start: Int, radix: Int) -> Token {
        var value: UInt64 = 0
        var overflow = false
        while true {
            let byte = peek()
            if byte == UInt8(ascii: "_") {
                position += 1
                continue
            }
            guard let digit = digitValue(byte), digit < radix else { break }
            position += 1
            accumulate(&value, UInt64(digit), radix: UInt64(radix), overflow: &overflow)
        }
        // A decimal digit that the radix cannot take, directly after the literal, is an error.
        if isDigit(peek()), let digit = digitValue(peek()), digit >= radix {
            skipWord()
            let kind = radix == 8 ? "octal" : "binary"
            return invalid(start, "Digit out of range in \(kind) literal '\(text(start))'")
        }
        return integerToken(start, value: value, overflow: overflow)
    }

    /// Scans `.digits` after an integer part (§2.7). Underscores are rejected anywhere.
    private mutating func float(_ start: Int, integerPart: Double, integerHasUnderscore: Bool) -> Token {
        position += 1  // the "."
        let fractionStart = position
        while isDigit(peek()) { position += 1 }
        let fractionDigits = position - fractionStart
        if integerHasUnderscore || peek() == UInt8(ascii: "_") {
            skipWord()
            return invalid(start, "Underscores are not allowed in floating-point literal '\(text(start))'")
        }
        if fractionDigits > 9 {
            valueErrors.append((start, "Floating point fraction too large"))
            return make(.float, start, payload: Int64(bitPattern: (0.0).bitPattern))
        }
        let literal = String(decoding: bytes[start..<position], as: UTF8.self)
        let value = Double(literal) ?? integerPart
        return make(.float, start, payload: Int64(bitPattern: value.bitPattern))
    }

    // MARK: - Strings

    private mutating func string(_ start: Int) -> Token {
        position += 1  // the opening quote
        var content: [UInt8] = []
        var problem: String?
        while true {
            guard position < bytes.count else {
                return invalid(start, problem ?? "Unterminated string literal")
            }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "'"):
                position += 1
                if let problem { return invalid(start, problem) }
                strings.append(content)
                return make(.string, start, payload: Int64(strings.count - 1))
            case 0x0A:
                // Resume on the next line: the rest of this one is part of the broken literal.
                position += 1
                return invalid(start, problem ?? "Unexpected newline in string literal")
            case 0:
                position += 1
                if problem == nil { problem = "Unexpected NUL byte in string literal" }
            case UInt8(ascii: "\\"):
                position += 1
                if let escaped = escape() {
                    content.append(escaped)
                } else if problem == nil {
                    problem = "Invalid escape sequence in string literal"
                }
            default:
                // Copy the run of ordinary bytes in one go.
                let runStart = position
                position += 1
                while position < bytes.count {
                    let next = bytes[position]
                    if next == UInt8(ascii: "'") || next == 0x0A || next == 0 || next == UInt8(ascii: "\\") { break }
                    position += 1
                }
                content.append(contentsOf: bytes[runStart..<position])
            }
        }
    }

    /// Decodes the escape after a backslash; nil if it is not one of §2.8's.
    private mutating func escape() -> UInt8? {
        let byte = peek()
        guard position < bytes.count, byte != 0x0A else { return nil }
        position += 1
        switch byte {
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        case UInt8(ascii: "\\"): return UInt8(ascii: "\\")
        case UInt8(ascii: "'"): return UInt8(ascii: "'")
        case UInt8(ascii: "x"):
            guard let high = hexDigit(peek()), let low = hexDigit(peek(1)) else { return nil }
            position += 2
            return UInt8(high * 16 + low)
        default:
            return nil
        }
    }

    private func hexDigit(_ byte: UInt8) -> Int? {
        guard let value = digitValue(byte), value < 16 else { return nil }
        return value
    }
}

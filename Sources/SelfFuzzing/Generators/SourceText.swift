/// Helpers the program generators share for writing Self source text: literals of
/// every form, quoting code into a string literal (for `_EvaluateStringIfFail:`),
/// and the integer values at the edges of the VM's 63-bit range.
enum SourceText {
    /// The largest integer (2^62 − 1) and its literal.
    static let maximumInteger = 4_611_686_018_427_387_903
    /// The smallest integer (−2^62), which has no literal.
    static let minimumInteger = -4_611_686_018_427_387_904

    /// A Self string literal holding `bytes`: quotes, backslashes and control bytes
    /// escaped (`\n`, `\t`, `\xHH`), other bytes kept as they are.
    static func stringLiteral(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = [39]  // '
        for byte in bytes {
            switch byte {
            case 39: out += [92, 39]  // \'
            case 92: out += [92, 92]  // \\
            case 10: out += [92, 110]  // \n
            case 13: out += [92, 114]  // \r
            case 9: out += [92, 116]  // \t
            case 0..<32, 127:
                out += [92, 120] + Array(hexByte(byte).utf8)
            default: out.append(byte)
            }
        }
        out.append(39)
        return String(decoding: out, as: UTF8.self)
    }

    /// A string literal holding the text `code`, so that `_EvaluateStringIfFail:`
    /// runs exactly `code`. Non-ASCII bytes are written as `\xHH` so that the
    /// literal survives any re-encoding.
    static func quote(_ code: String) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = [39]
        out.reserveCapacity(code.utf8.count + 16)
        for byte in code.utf8 {
            switch byte {
            case 39: out += [92, 39]  // \'
            case 92: out += [92, 92]  // \\
            case 10: out += [92, 110]  // \n
            case 13: out += [92, 114]  // \r
            case 9: out += [92, 116]  // \t
            case 32..<127: out.append(byte)
            default: out += [92, 120, digits[Int(byte >> 4)], digits[Int(byte & 15)]]  // \xHH
            }
        }
        out.append(39)
        return String(decoding: out, as: UTF8.self)
    }

    /// Two lowercase hexadecimal digits.
    static func hexByte(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }

    /// An expression for any 63-bit value: a literal when it is not negative,
    /// otherwise a subtraction (there are no negative literals, language.md §2.4).
    static func integer(_ value: Int) -> String {
        if value >= 0 { return String(value) }
        if value == minimumInteger { return "((0 - \(maximumInteger)) - 1)" }
        return "(0 - \(-value))"
    }

    /// A literal for a non-negative value, in one of the forms of language.md §2.6
    /// (decimal, hex, octal, binary, with stray underscores).
    static func literal(_ value: Int, _ random: inout FuzzRandom) -> String {
        precondition(value >= 0)
        switch random.below(8) {
        case 0: return "0x" + String(value, radix: 16, uppercase: random.chance(1, in: 2))
        case 1: return "0o" + String(value, radix: 8)
        case 2 where value < 1 << 20: return "0b" + String(value, radix: 2)
        case 3:
            // Underscores between digits, and sometimes at the end.
            let digits = Array(String(value))
            var out = ""
            for (index, digit) in digits.enumerated() {
                out.append(digit)
                if index + 1 < digits.count && random.chance(1, in: 4) { out += "_" }
            }
            return random.chance(1, in: 5) ? out + "_" : out
        default: return String(value)
        }
    }

    /// Integers at the interesting edges: around zero, bytes, machine words, and the
    /// ends of the 63-bit range.
    static let edgeIntegers: [Int] = [
        0, 1, 2, 3, 7, 8, 31, 32, 62, 63, 64, 100, 127, 128, 255, 256, 1000, 65_535, 65_536,
        2_147_483_647, 2_147_483_648, 4_294_967_295, 4_294_967_296,
        1 << 40, (1 << 61) - 1, 1 << 61, maximumInteger - 1, maximumInteger,
        -1, -2, -255, -256, -(1 << 31), -(1 << 61), minimumInteger + 1, minimumInteger,
    ]

    /// Decimal digit strings of integers that do **not** fit: 2^62 and beyond, up to
    /// far past 64 bits. As literals they are compile errors (language.md §2.6).
    static let oversizedLiterals: [String] = [
        "4611686018427387904",  // 2^62
        "4611686018427387905",
        "9223372036854775807",  // 2^63 - 1
        "9223372036854775808",  // 2^63
        "18446744073709551615",  // 2^64 - 1
        "18446744073709551616",  // 2^64
        "0x4000000000000000",
        "0xFFFFFFFFFFFFFFFF",
        "0x1_0000_0000_0000_0000",
        "0b" + String(repeating: "1", count: 64),
        "0o" + String(repeating: "7", count: 22),
        "99999999999999999999999999999999999999999999",
    ]

    /// A fresh identifier part: six lowercase letters and digits, so that slots a
    /// program adds to the lobby (which outlives it) do not meet another program's.
    static func suffix(_ random: inout FuzzRandom) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<6).map { _ in letters[random.below(letters.count)] })
    }

    /// Statements joined into a body: one per line, each ended with a period.
    static func body(_ statements: [String]) -> String {
        statements.map { $0 + "." }.joined(separator: "\n")
    }

    /// `statements` indented by `spaces`, for readable programs.
    static func indent(_ text: String, _ spaces: Int = 4) -> String {
        let pad = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }.joined(separator: "\n")
    }
}

extension FuzzRandom {
    /// One of `choices`, each with the odds of its weight (weights > 0).
    mutating func weighted<T>(_ choices: [(Int, T)]) -> T {
        let total = choices.reduce(0) { $0 + $1.0 }
        var roll = below(total)
        for (weight, value) in choices {
            if roll < weight { return value }
            roll -= weight
        }
        return choices[choices.count - 1].1
    }

    /// A size on a roughly logarithmic scale from 0 to `limit`: most are small,
    /// a few are near the limit.
    mutating func size(upTo limit: Int) -> Int {
        guard limit > 0 else { return 0 }
        var bits = 0
        while (1 << bits) < limit { bits += 1 }
        let magnitude = below(bits + 1)
        let top = min(limit, 1 << magnitude)
        return int(in: (top / 2)...top)
    }
}

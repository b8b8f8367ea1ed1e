/// `$N` in an input: a result the REPL printed earlier (docs/repl.md, "Results").
///
/// `$` is not Self, so before compiling, every `$N` outside strings and comments is
/// rewritten into an identifier of the same length (`$3` → `r3`, the letter chosen so
/// that no identifier of the input has that name), and the evaluation binds those
/// identifiers to the kept values (`VirtualMachine.evaluate(_:parsing:…)`). Keeping
/// the length keeps every diagnostic's line and column right, and reports show the
/// input as typed.
public struct ResultReferences: Equatable {
    /// The input with each `$N` replaced.
    public let rewritten: String
    /// The numbers referred to, in first-use order, with the identifier each became.
    public let references: [(number: Int, name: String)]

    public static func == (a: ResultReferences, b: ResultReferences) -> Bool {
        a.rewritten == b.rewritten && a.references.map(\.number) == b.references.map(\.number)
            && a.references.map(\.name) == b.references.map(\.name)
    }

    /// Letters tried, in order, for the identifiers.
    static let letters: [UInt8] = Array("rvkqwzjxyu".utf8)

    /// The rewrite of `text`, or nil when it has no `$N` outside strings and comments.
    public static func rewrite(_ text: String) -> ResultReferences? {
        let bytes = Array(text.utf8)
        var spots: [(offset: Int, digits: Int)] = []
        var words: Set<String> = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "'") {
                index += 1
                while index < bytes.count && bytes[index] != UInt8(ascii: "'") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                index += 1
            } else if byte == UInt8(ascii: "\"") {
                index += 1
                while index < bytes.count && bytes[index] != UInt8(ascii: "\"") { index += 1 }
                index += 1
            } else if byte == UInt8(ascii: "$") {
                var end = index + 1
                while end < bytes.count && isDigit(bytes[end]) { end += 1 }
                if end > index + 1 { spots.append((index, end - index - 1)) }
                index = max(end, index + 1)
            } else if isWordByte(byte) {
                var end = index
                while end < bytes.count && isWordByte(bytes[end]) { end += 1 }
                words.insert(String(decoding: bytes[index..<end], as: UTF8.self))
                index = end
            } else {
                index += 1
            }
        }
        guard !spots.isEmpty else { return nil }
        let numbers = spots.map { spot in
            Int(String(decoding: bytes[(spot.offset + 1)..<(spot.offset + 1 + spot.digits)], as: UTF8.self)) ?? 0
        }
        let letter =
            letters.first { letter in
                !numbers.contains { words.contains(String(UnicodeScalar(letter)) + String($0)) }
            } ?? letters[0]
        var output = bytes
        var references: [(number: Int, name: String)] = []
        for (spot, number) in zip(spots, numbers) {
            output[spot.offset] = letter
            let name = String(decoding: output[spot.offset..<(spot.offset + 1 + spot.digits)], as: UTF8.self)
            if !references.contains(where: { $0.name == name }) { references.append((number, name)) }
        }
        return ResultReferences(rewritten: String(decoding: output, as: UTF8.self), references: references)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "_")
    }
}

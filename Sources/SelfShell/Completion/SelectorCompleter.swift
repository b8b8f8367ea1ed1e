import SelfRuntime

/// What Tab offers: the selectors that a receiver understands and that start with the
/// word being typed.
///
/// The receiver is the lobby, unless the text just before the word is *simple*: a
/// chain of unary sends (`std traits`), optionally starting with an integer or a
/// string literal (`3`, `'abc' size`). That chain is evaluated, with error reports
/// off, to find the receiver; anything more complex (keywords, operators, brackets)
/// falls back to the lobby rather than run code the user has not finished typing.
public final class SelectorCompleter {
    /// The VM whose objects are asked.
    private let vm: VirtualMachine

    public init(vm: VirtualMachine) {
        self.vm = vm
    }

    /// The completions of `word`, given the text of the line before it, sorted and
    /// without duplicates. Keyword selectors are offered by their first part (`at:`
    /// for `at:Put:`); binary selectors are not offered.
    public func completions(of word: String, after before: String) -> [String] {
        var receiver = vm.memory.known.lobby
        if let chain = Self.receiverText(before: before) {
            guard let value = evaluateQuietly(chain) else { return [] }
            receiver = value
        }
        return Self.matching(word, among: vm.selectorsUnderstood(by: receiver))
    }

    /// The candidates among `selectors` that start with `word`, as they should be
    /// inserted.
    public static func matching(_ word: String, among selectors: [String]) -> [String] {
        var result: Set<String> = []
        for selector in selectors {
            guard let first = selector.utf8.first, isWordStart(first) else { continue }
            var candidate = selector
            if let colon = selector.firstIndex(of: ":") {
                candidate = String(selector[...colon])
            }
            if candidate.hasPrefix(word) { result.insert(candidate) }
        }
        return result.sorted()
    }

    /// The simple receiver expression that ends `before`, or nil if there is none
    /// (the word being completed then starts an expression sent to the lobby).
    ///
    /// Walks back over blank-separated words: lowercase identifiers (unary sends),
    /// and at most one literal at the start of the chain, an integer or a string
    /// without escapes. It stops at anything else: a keyword's colon, an operator, a
    /// bracket, a period. Primitives (`_Clone`) and capitalised words make the
    /// chain not simple, because evaluating them on Tab could do harm.
    public static func receiverText(before: String) -> String? {
        let bytes = Array(before.utf8)
        let quote = UInt8(ascii: "'")
        guard let last = bytes.last, isBlank(last) || last == quote else { return nil }
        var end = bytes.count
        while end > 0 && isBlank(bytes[end - 1]) { end -= 1 }
        var start = end
        while start > 0 {
            if bytes[start - 1] == quote {
                var open = start - 1
                while open > 0 && bytes[open - 1] != quote && bytes[open - 1] != UInt8(ascii: "\\") { open -= 1 }
                guard open > 0 && bytes[open - 1] == quote else { return nil }
                // `'it\'s'`: the quote found is an escaped one inside a longer string.
                if open > 1 && bytes[open - 2] == UInt8(ascii: "\\") { return nil }
                start = open - 1
                break
            }
            var wordStart = start
            while wordStart > 0 && isIdentifierByte(bytes[wordStart - 1]) { wordStart -= 1 }
            guard wordStart < start else { break }
            let word = bytes[wordStart..<start]
            if word.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                // Longer integers may be out of range, and a compile error would print
                // a diagnostic in the middle of the line being edited.
                guard word.count <= 18 else { return nil }
                start = wordStart
                break
            }
            guard let first = word.first, first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") else {
                return nil
            }
            start = wordStart
            var previous = start
            while previous > 0 && isBlank(bytes[previous - 1]) { previous -= 1 }
            if previous == start { break }
            start = previous
            if start > 0 && !isIdentifierByte(bytes[start - 1]) && bytes[start - 1] != quote {
                // Not another word of the chain: give the blanks back.
                while start < end && isBlank(bytes[start]) { start += 1 }
                break
            }
        }
        while start < end && isBlank(bytes[start]) { start += 1 }
        guard start < end else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Evaluates a receiver chain with error reports suppressed; nil if it failed.
    private func evaluateQuietly(_ text: String) -> Value? {
        let saved = vm.suppressErrorReports
        vm.suppressErrorReports = true
        defer { vm.suppressErrorReports = saved }
        if case .value(let value) = vm.evaluate(text, name: "<completion>") {
            return value
        }
        return nil
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isWordStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }
}

/// One thing Tab may insert: the text that replaces the word, the whole selector it
/// stands for, and the object that defines it, for the list shown on a second Tab.
public struct CompletionCandidate: Equatable, Sendable {
    /// What replaces the word: a unary or binary selector, the first (or next) part
    /// of a keyword selector, a command.
    public var insertion: String
    /// The whole selector (or command) it stands for, such as `to:Do:`.
    public var selector: String
    /// The path name of the ancestor that defines it (`std traits integer`), `primitive`
    /// for primitives, nil for commands.
    public var definedBy: String?

    public init(insertion: String, selector: String, definedBy: String?) {
        self.insertion = insertion
        self.selector = selector
        self.definedBy = definedBy
    }

    /// The line of the list: the selector as a template, then who defines it
    /// (`to: _ Do: _  (std traits integer)`).
    public var display: String {
        let shown = Self.template(selector)
        guard let definedBy else { return shown }
        return shown + "  (" + definedBy + ")"
    }

    /// A keyword selector with a `_` for each argument (`at: _ Put: _`); other
    /// selectors as they are.
    public static func template(_ selector: String) -> String {
        let bytes = Array(selector.utf8)
        guard bytes.count > 1, bytes.last == UInt8(ascii: ":"), bytes.first != UInt8(ascii: ":") else {
            return selector
        }
        return selector.split(separator: ":").map { String($0) + ": _" }.joined(separator: " ")
    }
}

/// What Tab found: where the word starts (a byte offset in the text before the
/// cursor), the word, and the candidates, sorted by insertion then selector.
public struct CompletionResult: Equatable, Sendable {
    /// Byte offset of the word in the text before the cursor.
    public var wordStart: Int
    /// The word being completed.
    public var word: String
    /// The candidates; each insertion starts with `word`.
    public var candidates: [CompletionCandidate]

    /// What the candidates have in common: the longest common prefix of their
    /// insertions (at least `word`).
    public var commonInsertion: String {
        guard var prefix = candidates.first.map({ Array($0.insertion.utf8) }) else { return word }
        for candidate in candidates.dropFirst() {
            let other = Array(candidate.insertion.utf8)
            var length = 0
            while length < prefix.count && length < other.count && prefix[length] == other[length] { length += 1 }
            prefix.removeSubrange(length...)
        }
        return String(decoding: prefix, as: UTF8.self)
    }
}

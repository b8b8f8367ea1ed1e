/// Long command output, cut after a screenful (docs/repl.md, "The outliner"): what is
/// shown ends with a note saying how many lines are left, and `:more` shows the next
/// screenful of them.
public final class LongOutput {
    /// Lines shown at once.
    public let pageLines: Int
    /// The lines not shown yet.
    public private(set) var pending: [Substring] = []

    /// `pageLines` of 0 or less shows everything at once.
    public init(pageLines: Int) {
        self.pageLines = pageLines
    }

    /// The first page of `text` (which ends in LF), with a note when lines are left.
    public func show(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        pending = lines[...].map { $0 }
        return nextPage()
    }

    /// The next page of what the last output left, or a note that nothing is left.
    public func more() -> String {
        pending.isEmpty ? "Nothing more to show.\n" : nextPage()
    }

    private func nextPage() -> String {
        let count = pageLines > 0 ? min(pageLines, pending.count) : pending.count
        let shown = pending.prefix(count)
        pending.removeFirst(count)
        var text = shown.map { $0 + "\n" }.joined()
        if !pending.isEmpty { text += "… \(pending.count) more lines; :more shows them\n" }
        return text
    }
}

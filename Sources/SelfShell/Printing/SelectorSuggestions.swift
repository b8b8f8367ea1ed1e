import SelfRuntime

/// What the REPL adds to an `Unknown selector "…"` report (docs/repl.md, "Errors"):
/// what the receiver is, and the selectors it does understand that come close to the
/// one sent. The VM's report itself is left as ZigSelf prints it.
///
/// A selector is close when its edit distance to the one sent is small (at most a
/// third of the longer one, and at least 1 allowed), or when they share a keyword
/// part (compared without case, one part ending with the other, three letters at
/// least): `ifTrue:False:` for `ifFalse:`, `at:Put:` for `at:put:`.
public enum SelectorSuggestions {
    /// The most selectors suggested.
    static let maximumSuggestions = 5

    /// The close selectors among `understood`, closest first.
    public static func close(to sent: String, among understood: [String]) -> [String] {
        let sentLower = sent.lowercased()
        let sentParts = parts(of: sentLower)
        var scored: [(score: Int, name: String)] = []
        for candidate in Set(understood) where candidate != sent {
            let lower = candidate.lowercased()
            let distance = editDistance(Array(sentLower.utf8), Array(lower.utf8))
            let allowed = max(1, max(sent.count, candidate.count) / 3)
            if distance <= allowed {
                scored.append((distance, candidate))
            } else if sentParts.count > 0 && sharesPart(sentParts, parts(of: lower)) {
                scored.append((allowed + 1 + distance, candidate))
            }
        }
        return scored.sorted { ($0.score, $0.name) < ($1.score, $1.name) }.prefix(maximumSuggestions).map(\.name)
    }

    /// The hint lines for an unknown selector sent to `receiver`, each ending in LF.
    static func hint(selector: String, receiver: Value, vm: VirtualMachine, printer: ResultPrinter) -> String {
        let reader = ObjectSlots(vm: vm)
        var what = "Hint: the receiver is \(printer.brief(receiver))"
        let parents = reader.parents(of: receiver).map { printer.brief($0) }
        if !parents.isEmpty { what += " (its parent: \(parents.joined(separator: ", ")))" }
        var text = what + ".\n"
        let close = close(to: selector, among: vm.selectorsUnderstood(by: receiver))
        if !close.isEmpty {
            text += "Hint: it understands " + close.joined(separator: ", ") + ".\n"
        }
        return text
    }

    /// The keyword parts of a selector without their colons, or none for a unary or
    /// binary one.
    static func parts(of selector: String) -> [String] {
        guard selector.hasSuffix(":") else { return [] }
        return selector.split(separator: ":").map(String.init)
    }

    private static func sharesPart(_ a: [String], _ b: [String]) -> Bool {
        for x in a where x.count >= 3 {
            for y in b where y.count >= 3 {
                if x.hasSuffix(y) || y.hasSuffix(x) { return true }
            }
        }
        return false
    }

    /// The Levenshtein distance between two byte strings.
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

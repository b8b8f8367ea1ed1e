import SelfRuntime

/// What Tab offers. Completion never runs Self code: the receiver of the word is
/// found by reading slots (`ReceiverResolver`), and the candidates are the slot names
/// along its lookup path, so that Tab after `counter bump` or a looping method is as
/// quick and harmless as anywhere else (docs/repl.md, "Completion").
///
/// The word and what fits there come from the text alone (`CompletionRequest`):
///
/// * words that start an expression are sent to the lobby: its unary selectors, its
///   keyword selectors by their first part (`at:` for `at:Put:`), setters (`counter:`);
/// * a word after a receiver chain (`std traits `, `3 `, `'abc' `, `[ ] `, `$2 `) gets
///   that receiver's selectors, when the chain can be followed without running code;
/// * a capitalised word after an argument continues the keyword message (`Do:` after
///   `1 to: 5 D`);
/// * an operator gets the receiver's binary selectors, a `_` word the primitives, and
///   a line that starts with `:` the REPL commands.
///
/// Each candidate says which ancestor defines it (`ObjectNamer`).
public final class SelectorCompleter {
    /// The VM whose objects are read.
    private let vm: VirtualMachine
    /// The results of earlier inputs, for `$N` at the start of a chain (set by the shell).
    public var resultLookup: ((Int) -> Value?)?
    /// The REPL commands offered on a line that starts with `:` (set by the shell).
    public var commandNames: [String] = [":help", ":quit"]
    /// Names the ancestor that defines each candidate.
    public var namer: ObjectNamer

    public init(vm: VirtualMachine) {
        self.vm = vm
        self.namer = ObjectNamer(vm: vm)
    }

    /// The completion of the word that ends `before` (the text of the line before the
    /// cursor).
    public func complete(before: String) -> CompletionResult {
        let request = CompletionRequest(before: Array(before.utf8))
        var found: [String: CompletionCandidate] = [:]
        for query in request.queries {
            for candidate in candidates(for: query, word: request.word)
            where candidate.insertion.hasPrefix(request.word) && found[candidate.selector] == nil {
                found[candidate.selector] = candidate
            }
        }
        let sorted = found.values.sorted { ($0.insertion, $0.selector) < ($1.insertion, $1.selector) }
        return CompletionResult(wordStart: request.wordStart, word: request.word, candidates: sorted)
    }

    /// The distinct insertions for `word` after the text `before` it, sorted.
    public func completions(of word: String, after before: String) -> [String] {
        let result = complete(before: before + word)
        var seen: Set<String> = []
        return result.candidates.map(\.insertion).filter { seen.insert($0).inserted }
    }

    // MARK: - Candidates of each query

    private func candidates(for query: CompletionQuery, word: String) -> [CompletionCandidate] {
        switch query {
        case .commands:
            return commandNames.map { CompletionCandidate(insertion: $0, selector: $0, definedBy: nil) }
        case .primitives:
            return PrimitiveTable.names.map {
                CompletionCandidate(insertion: Self.firstPart($0), selector: $0, definedBy: "primitive")
            }
        case .primitiveContinuation(let parts):
            return PrimitiveTable.names.compactMap { name in
                Self.nextPart(of: name, after: parts).map {
                    CompletionCandidate(insertion: $0, selector: name, definedBy: "primitive")
                }
            }
        case .unary(let expression):
            return selectors(of: expression).compactMap { entry in
                Self.isUnary(entry.selector) ? candidate(entry, insertion: entry.selector) : nil
            }
        case .keywords(let expression):
            return selectors(of: expression).compactMap { entry in
                Self.isKeyword(entry.selector) ? candidate(entry, insertion: Self.firstPart(entry.selector)) : nil
            }
        case .binary(let expression):
            return selectors(of: expression).compactMap { entry in
                Self.isBinary(entry.selector) ? candidate(entry, insertion: entry.selector) : nil
            }
        case .continuation(let expression, let parts):
            return selectors(of: expression).compactMap { entry in
                Self.nextPart(of: entry.selector, after: parts).map { candidate(entry, insertion: $0) }
            }
        }
    }

    /// A selector understood by a receiver and where it is defined.
    private struct Entry {
        /// The selector.
        var selector: String
        /// The path name of the defining object, or a description when it has none.
        var owner: () -> String
    }

    private func candidate(_ entry: Entry, insertion: String) -> CompletionCandidate {
        CompletionCandidate(insertion: insertion, selector: entry.selector, definedBy: entry.owner())
    }

    /// The selectors a receiver understands, in lookup order, each once (the first
    /// definition wins, as in lookup): slot names, and `name:` for each assignable
    /// slot `name`. Nothing when the receiver cannot be known without running code.
    private func selectors(of expression: ReceiverExpression) -> [Entry] {
        let resolver = ReceiverResolver(vm: vm, resultLookup: resultLookup)
        guard let receiver = resolver.resolve(expression) else { return [] }
        let memory = vm.memory
        var entries: [Entry] = []
        var seen: Set<String> = []
        if case .block(let arguments) = receiver {
            let invocation = SelectorTable.blockInvocation(arguments: arguments)
            seen.insert(invocation)
            entries.append(Entry(selector: invocation, owner: { "block" }))
        }
        let namer = self.namer
        for (position, ancestor) in receiver.ancestors(in: memory).enumerated() {
            let isReceiver: Bool
            if case .block = receiver { isReceiver = false } else { isReceiver = position == 0 }
            let object = ancestor.object
            let owner: () -> String = {
                if let object, let name = namer.name(of: object) { return name }
                return isReceiver ? "receiver" : "an unnamed object"
            }
            let map = ancestor.map
            for index in 0..<map.mapSlotCount {
                let name = memory.selectors.name(map.mapSlotName(index))
                if seen.insert(name).inserted { entries.append(Entry(selector: name, owner: owner)) }
                let kind = map.mapSlotKind(index)
                if kind.isAssignable && !kind.isParent && Self.isUnary(name) {
                    let setter = name + ":"
                    if seen.insert(setter).inserted { entries.append(Entry(selector: setter, owner: owner)) }
                }
            }
        }
        return entries
    }

    // MARK: - Selector shapes

    /// `size`, `parent`: starts with a lowercase letter (or `_`) and has no colon.
    static func isUnary(_ selector: String) -> Bool {
        guard let first = selector.utf8.first, CompletionScanner.isIdentifierStart(first) else { return false }
        return !selector.utf8.contains(UInt8(ascii: ":"))
    }

    /// `at:`, `to:Do:`: a lowercase (or `_`) first part ending in a colon.
    static func isKeyword(_ selector: String) -> Bool {
        guard let first = selector.utf8.first, CompletionScanner.isIdentifierStart(first) else { return false }
        return selector.utf8.last == UInt8(ascii: ":")
    }

    /// `+`, `<=`: operator characters only.
    static func isBinary(_ selector: String) -> Bool {
        !selector.isEmpty && selector.utf8.allSatisfy(CompletionScanner.isOperatorByte)
    }

    /// The first part of a keyword selector (`to:` of `to:Do:`), or the selector.
    static func firstPart(_ selector: String) -> String {
        guard let colon = selector.firstIndex(of: ":") else { return selector }
        return String(selector[...colon])
    }

    /// The part of a keyword selector after `parts` (`Do:` of `to:By:Do:` after
    /// `to:`, `By:`), or nil when the selector does not start with those parts or has
    /// no more.
    static func nextPart(of selector: String, after parts: [String]) -> String? {
        guard isKeyword(selector) else { return nil }
        let all = selector.split(separator: ":").map { String($0) + ":" }
        guard all.count > parts.count, Array(all.prefix(parts.count)) == parts else { return nil }
        return all[parts.count]
    }
}

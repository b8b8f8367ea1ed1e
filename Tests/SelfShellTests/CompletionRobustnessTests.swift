import SelfRuntime
import SelfShell
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Completion on hostile line text: it must answer, quickly, whatever the line holds.
@Suite("completion robustness")
struct CompletionRobustnessTests {
    /// Seconds one completion may take in these tests (a debug build on a busy machine).
    static let timeLimit = 2.0

    /// Completes `before`, failing the test when it takes longer than `timeLimit`.
    static func timedCompletion(_ completer: SelectorCompleter, _ before: String) -> CompletionResult {
        let started = monotonicSeconds()
        let result = completer.complete(before: before)
        let elapsed = monotonicSeconds() - started
        #expect(elapsed < timeLimit, "completing \(before.utf8.count) bytes took \(elapsed) s")
        return result
    }

    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    @Test(
        "odd lines offer nothing, or something sensible, without trapping",
        arguments: [
            "", " ", "\t", "'", "'abc", "'abc\\'", "\"", "\"a comment", "\"a\" an", ")", "]", ")))) an", "(((((",
            "[[[[ an", "é", "é an", "'é' si", "\u{0}", "$", "$1", "$99999999999999999999999 a", ":", "::", "_", "^ an",
            "| an", ". . .", "3.", "3.5 ", "16r1F ", "1e10 ", "-", "a:b:c:", "Foo: ", ":x", "[ :x | x", "an\u{7F}",
        ])
    func oddLines(before: String) {
        let (_, completer) = SelectorCompleterTests.makeWorld()
        let result = Self.timedCompletion(completer, before)
        #expect(result.wordStart >= 0 && result.wordStart <= before.utf8.count)
        for candidate in result.candidates { #expect(candidate.insertion.hasPrefix(result.word)) }
    }

    @Test("inside a string or a comment, nothing is offered")
    func insideLiterals() {
        let (_, completer) = SelectorCompleterTests.makeWorld()
        #expect(completer.complete(before: "'an").candidates.isEmpty)
        #expect(completer.complete(before: "\"an").candidates.isEmpty)
        #expect(completer.complete(before: "'it\\' an").candidates.isEmpty)
        #expect(completer.complete(before: "\"a\" an").candidates.map(\.insertion) == ["answer"])
    }

    @Test("a 10,000-send receiver chain is not followed; a short one is")
    func longChains() {
        let (vm, completer) = SelectorCompleterTests.makeWorld()
        _ = vm.evaluate("_AddSlots: (| loopy <- 0 |). loopy: self")
        let short = String(repeating: "loopy ", count: 100) + "an"
        #expect(Self.timedCompletion(completer, short).candidates.map(\.insertion) == ["answer"])
        let long = String(repeating: "loopy ", count: 10_000) + "an"
        #expect(Self.timedCompletion(completer, long).candidates.isEmpty)
    }

    @Test("deep nesting and huge lines answer promptly")
    func hugeLines() {
        let (_, completer) = SelectorCompleterTests.makeWorld()
        #expect(Self.timedCompletion(completer, String(repeating: "(", count: 10_000) + "an").candidates.count == 1)
        #expect(Self.timedCompletion(completer, String(repeating: "[", count: 10_000) + "an").candidates.count == 1)
        #expect(Self.timedCompletion(completer, String(repeating: ")", count: 10_000) + "an").candidates.count == 1)
        #expect(Self.timedCompletion(completer, String(repeating: "3. ", count: 20_000) + "an").candidates.count == 1)
        // Longer than anything looked at: nothing offered.
        #expect(Self.timedCompletion(completer, String(repeating: "3. ", count: 30_000) + "an").candidates.isEmpty)
        #expect(Self.timedCompletion(completer, String(repeating: "é", count: 100_000)).candidates.isEmpty)
    }

    @Test("random lines of Self characters never trap")
    func randomLines() {
        let (vm, completer) = SelectorCompleterTests.makeWorld()
        completer.resultLookup = { _ in vm.memory.known.lobby }
        let alphabet = Array("abcxyz ABC _:$'\"()[]|^.+<-= 0123456789\\\téz".unicodeScalars)
        let words = ["box ", "std ", "traits ", "counter ", "bump ", "to: ", "Do: ", "$1 ", "[ :x | ", "'s' "]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2_000 {
            var line = ""
            for _ in 0..<next(40) {
                if next(4) == 0 {
                    line += words[next(words.count)]
                } else {
                    line.unicodeScalars.append(alphabet[next(alphabet.count)])
                }
            }
            let result = completer.complete(before: line)
            #expect(result.wordStart <= line.utf8.count)
        }
        guard case .value(let counter) = vm.evaluate("counter") else {
            Issue.record("counter could not be read")
            return
        }
        #expect(counter == Value(integer: 0), "completion ran bump")
    }
}

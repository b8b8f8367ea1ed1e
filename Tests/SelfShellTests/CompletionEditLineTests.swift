import SelfRuntime
import Testing

@testable import SelfShell

/// The libedit side of completion: the array handed back to libedit (entry 0 inserted,
/// the rest listed), and the character offsets libedit gives turned into bytes.
@Suite("completion through libedit")
struct CompletionEditLineTests {
    static func entries(_ before: String, libeditWordStart: Int) -> [String] {
        let (_, completer) = SelectorCompleterTests.makeWorld()
        let bytes = Array(before.utf8)
        return bytes.withUnsafeBytes { line in
            EditLineCallbacks.matchEntries(
                completer.complete(before: before), libeditWordStart: libeditWordStart, in: line)
        }
    }

    @Test("one candidate: only the insertion, with libedit's part of the word put back")
    func single() {
        #expect(Self.entries("an", libeditWordStart: 0) == ["answer"])
        #expect(Self.entries("x (an", libeditWordStart: 2) == ["(answer"])
        #expect(Self.entries("3+an", libeditWordStart: 0) == ["3+answer"])
    }

    @Test("several candidates: the common insertion, then the annotated list")
    func several() {
        #expect(
            Self.entries("3 pr", libeditWordStart: 2) == [
                "print", "printLine  (std traits integer)", "printString  (std traits integer)",
            ])
        #expect(
            Self.entries("1 to", libeditWordStart: 2) == [
                "to:", "to: _ By: _ Do: _  (std traits integer)", "to: _ Do: _  (std traits integer)",
            ])
    }

    @Test("nothing to offer: no entries at all")
    func none() {
        #expect(Self.entries("bump ", libeditWordStart: 5).isEmpty)
        #expect(Self.entries("zzz", libeditWordStart: 0).isEmpty)
    }

    @Test("character offsets become byte offsets in UTF-8 text")
    func offsets() {
        let bytes = Array("é x".utf8)
        bytes.withUnsafeBytes { line in
            #expect(EditLineCallbacks.byteOffset(ofCharacter: 0, in: line) == 0)
            #expect(EditLineCallbacks.byteOffset(ofCharacter: 1, in: line) == 2)
            #expect(EditLineCallbacks.byteOffset(ofCharacter: 3, in: line) == 4)
            #expect(EditLineCallbacks.byteOffset(ofCharacter: 99, in: line) == 4)
        }
    }

    @Test("templates of selectors")
    func templates() {
        #expect(CompletionCandidate.template("at:Put:") == "at: _ Put: _")
        #expect(CompletionCandidate.template("x:") == "x: _")
        #expect(CompletionCandidate.template("size") == "size")
        #expect(CompletionCandidate.template("+") == "+")
        #expect(CompletionCandidate.template(":help") == ":help")
    }
}

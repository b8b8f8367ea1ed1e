import SelfSyntax
import Testing

/// Implicit receivers and `self` elision: language.md §6.5 and §6.7.
@Suite struct ImplicitReceiverTests {
    /// The send that is the only statement of a source text.
    func send(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Send? {
        let result = parse(text)
        #expect(result.diagnostics.isEmpty, sourceLocation: sourceLocation)
        guard case .send(let send) = result.script.statements.first?.expression.kind else {
            Issue.record("not a send", sourceLocation: sourceLocation)
            return nil
        }
        return send
    }

    @Test func unaryKeywordAndBinaryMessagesWithoutReceiver() throws {
        let unary = try #require(send("size"))
        #expect(unary.receiver == nil && unary.selector == "size" && unary.arguments.isEmpty)
        let keyword = try #require(send("at: 1 Put: 2"))
        #expect(keyword.receiver == nil && keyword.selector == "at:Put:" && keyword.arguments.count == 2)
        let binary = try #require(send("+ 1"))
        #expect(binary.receiver == nil && binary.selector == "+" && binary.arguments.count == 1)
    }

    @Test func statementStartingWithAnOperatorIsABinarySendToSelf() {
        #expect(sketch("+ 1") == "(+ 1)")
        #expect(sketch("(+ 1)") == "(+ 1)")
        #expect(sketch("(| succ = (+ 1) |)") == "(| succ = method((+ 1)) |)")
        #expect(sketch("- 1 - 2") == "(- (1 - 2))")
        #expect(sketch("-1 abs") == "(- (1 abs))")
        #expect(sketch("- 1 foo: 2") == "((- 1) foo: 2)")
        #expect(sketch("[ - x ]") == "[(- x)]")
    }

    @Test func keywordArgumentStartingWithAnOperatorIsABinarySendToSelf() {
        #expect(sketch("foo: -1") == "(foo: (- 1))")
        #expect(sketch("x foo: -1 Bar: - 2") == "(x foo: (- 1) Bar: (- 2))")
        #expect(sketch("x foo: + 1 bar: * 2") == "(x foo: ((+ 1) bar: (* 2)))")
    }

    @Test func explicitSelfReceiverIsElided() throws {
        #expect(sketch("self foo") == "foo")
        #expect(sketch("self foo: x") == "(foo: x)")
        #expect(sketch("self foo: 1 Bar: 2") == "(foo: 1 Bar: 2)")
        #expect(sketch("self + 1") == "(+ 1)")
        #expect(sketch("self _Clone") == "_Clone")
        #expect(sketch("(self) foo") == "foo")
        #expect(sketch("self foo bar") == "(foo bar)")
        let elided = try #require(send("self foo"))
        #expect(elided.receiver == nil)
    }

    @Test func selfInAUnaryChainIsDropped() {
        #expect(sketch("x self") == "x")
        #expect(sketch("x self self foo") == "(x foo)")
        #expect(sketch("3 self") == "3")
        #expect(sketch("x foo self bar") == "((x foo) bar)")
        #expect(sketch("self self") == "self")
    }

    @Test func selfAloneStays() {
        #expect(sketch("self") == "self")
        #expect(sketch("x foo: self") == "(x foo: self)")
        #expect(sketch("x + self") == "(x + self)")
        #expect(sketch("(| parent* = self |)") == "(| parent* = self |)")
        #expect(sketch("[ ^ self ]") == "[^ self]")
    }
}

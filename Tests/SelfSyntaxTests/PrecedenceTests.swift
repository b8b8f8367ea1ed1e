import SelfSyntax
import Testing

/// Message precedence, binary chains and keyword messages: language.md §6.1–§6.4.
@Suite struct PrecedenceTests {
    @Test func unaryMessagesGoLeftToRight() {
        #expect(sketch("a b c") == "((a b) c)")
        #expect(sketch("3 succ succ print") == "(((3 succ) succ) print)")
    }

    @Test func unaryBindsTighterThanBinary() {
        #expect(sketch("a b + c d") == "((a b) + (c d))")
        #expect(sketch("a + b foo") == "(a + (b foo))")
        #expect(sketch("1 + 2 succ succ") == "(1 + ((2 succ) succ))")
    }

    @Test func binaryBindsTighterThanKeyword() {
        #expect(sketch("x at: a + b Put: c d") == "(x at: (a + b) Put: (c d))")
        #expect(sketch("a + b max: c - d") == "((a + b) max: (c - d))")
    }

    @Test func aBinarySendMayBeFollowedByOneKeywordMessage() {
        #expect(sketch("n = 0 ifTrue: [ 1 ]") == "((n = 0) ifTrue: [1])")
        #expect(sketch("n = 0 ifTrue: 1 False: 2") == "((n = 0) ifTrue: 1 False: 2)")
    }

    @Test func chainsOfOneBinarySelectorAreRightAssociative() {
        #expect(sketch("a - b - c") == "(a - (b - c))")
        #expect(sketch("2 ** 3 ** 2") == "(2 ** (3 ** 2))")
        #expect(sketch("10 - 3 - 2") == "(10 - (3 - 2))")
        #expect(sketch("1 + 2 + 3 + 4") == "(1 + (2 + (3 + 4)))")
        #expect(sketch("a x - b y - c z") == "((a x) - ((b y) - (c z)))")
        #expect(sketch("a == b == c") == "(a == (b == c))")
    }

    @Test func chainingDifferentBinarySelectorsIsAnError() {
        expectError("1 + 2 ⟨^⟩* 3", "Different binary messages cannot be chained")
        expectError("a + b ⟨^⟩- c", "Different binary messages cannot be chained")
        expectError("a - b - c ⟨^⟩+ d", "Different binary messages cannot be chained")
        expectError("a + b foo ⟨^⟩- c", "Different binary messages cannot be chained")
        expectError("a + b ⟨^⟩++ c", "Different binary messages cannot be chained")
        expectError("a ++ b ⟨^⟩+ c", "Different binary messages cannot be chained")
        expectError("x foo: 1 + 2 ⟨^⟩* 3", "Different binary messages cannot be chained")
        expectError("- 1 ⟨^⟩+ 2", "Different binary messages cannot be chained")
        expectError("a < b ⟨^⟩<= c", "Different binary messages cannot be chained")
    }

    @Test func parenthesesGroup() {
        #expect(sketch("(1 + 2) * 3") == "((1 + 2) * 3)")
        #expect(sketch("1 + (2 * 3)") == "(1 + (2 * 3))")
        #expect(sketch("(a - b) - c") == "((a - b) - c)")
        #expect(sketch("(a foo: b) bar") == "((a foo: b) bar)")
        #expect(sketch("(p x: 3) y: 4") == "((p x: 3) y: 4)")
        #expect(sketch("((((3))))") == "3")
    }

    @Test func keywordPartsAreConcatenatedIntoOneSelector() {
        #expect(sketch("x at: i Put: v") == "(x at: i Put: v)")
        #expect(sketch("x copySize: 3 FillingExtrasWith: 0") == "(x copySize: 3 FillingExtrasWith: 0)")
        #expect(sketch("a b: 1 C: 2 D: 3 E: 4") == "(a b: 1 C: 2 D: 3 E: 4)")
    }

    @Test func aLowercaseKeywordStartsANestedMessage() {
        #expect(sketch("x at: i put: v") == "(x at: (i put: v))")
        #expect(sketch("a foo: b bar: c") == "(a foo: (b bar: c))")
        #expect(sketch("a foo: b Bar: c baz: d Qux: e") == "(a foo: b Bar: (c baz: d Qux: e))")
        #expect(sketch("a foo: b bar: c Baz: d") == "(a foo: (b bar: c Baz: d))")
        #expect(sketch("a: 1 b: 2") == "(a: (1 b: 2))")
    }

    @Test func keywordArgumentsAreFullHeads() {
        #expect(sketch("x foo: a b + c d") == "(x foo: ((a b) + (c d)))")
        #expect(sketch("x foo: - 1 Bar: size") == "(x foo: (- 1) Bar: size)")
        #expect(sketch("x foo: bar: 1") == "(x foo: (bar: 1))")
        #expect(sketch("x foo: [ 1 ] Bar: (2)") == "(x foo: [1] Bar: 2)")
    }

    @Test func onlyASemicolonContinuesAfterAKeywordMessage() {
        expectError("x foo: 1 Bar: 2 ⟨^⟩3", "Expected 'end of file' after statement list, found 'integer'")
        expectError("(x foo: 1 ⟨^⟩'s')", "Expected ')' after expression, found 'string'")
        #expect(sketch("x foo: 1; bar") == "((x foo: 1) bar)")
    }

    @Test func restKeywordCannotStartAMessage() {
        expectError("x ⟨^⟩Put: 3", "Expected 'end of file' after statement list, found 'rest-keyword'")
        expectError("⟨^⟩Put: 3", "Expected primary expression")
    }

    @Test func primitiveSendsFollowTheSameRules() {
        #expect(sketch("a _IntAdd: b _IntAdd: c") == "(a _IntAdd: (b _IntAdd: c))")
        #expect(sketch("a _Clone _Clone") == "((a _Clone) _Clone)")
        #expect(sketch("_Restart") == "_Restart")
    }
}

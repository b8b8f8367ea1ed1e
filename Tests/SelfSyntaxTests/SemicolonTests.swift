import SelfSyntax
import Testing

/// The `;` operator, which pipes into the previous result: language.md §6.6.
@Suite struct SemicolonTests {
    @Test func semicolonSendsToTheValueOfEverythingBefore() {
        #expect(sketch("list add: 3; add: 4; size") == "(((list add: 3) add: 4) size)")
        #expect(sketch("'a', 'b'; printLine") == "(('a' , 'b') printLine)")
        #expect(sketch("1 = 2; assert") == "((1 = 2) assert)")
        #expect(sketch("table at: k IfAbsent: [ 0 ]; value") == "((table at: k IfAbsent: [0]) value)")
    }

    @Test func unaryTailMayContinueWithBinaryAndKeyword() {
        #expect(sketch("a; b c + d e: f") == "((((a b) c) + d) e: f)")
    }

    @Test func binaryTailMayContinueWithKeyword() {
        #expect(sketch("a; + 1 foo: 2") == "((a + 1) foo: 2)")
        #expect(sketch("a; - 1 - 2") == "(a - (1 - 2))")
    }

    @Test func keywordTail() {
        #expect(sketch("a; foo: 1 Bar: 2") == "(a foo: 1 Bar: 2)")
        #expect(sketch("at: 1; foo") == "((at: 1) foo)")
    }

    @Test func semicolonWithoutAMessageChangesNothing() {
        #expect(sketch("a;") == "a")
        #expect(sketch("a ; ; b") == "(a b)")
        #expect(sketch("3;. 4") == "3. 4")
        #expect(sketch("[ 3; ]") == "[3]")
    }

    @Test func semicolonEndsAtTheEnclosingParenthesis() {
        #expect(sketch("(a foo; bar) baz") == "(((a foo) bar) baz)")
        #expect(sketch("x foo: (y; bar)") == "(x foo: (y bar))")
        #expect(sketch("x foo: y; bar") == "((x foo: y) bar)")
        #expect(sketch("x foo: y Bar: z; baz") == "((x foo: y Bar: z) baz)")
    }

    @Test func semicolonAfterAnElidedSelf() {
        #expect(sketch("self foo; bar") == "(foo bar)")
    }

    @Test func semicolonCannotStartAStatement() {
        expectError("⟨^⟩; a", "Expected primary expression")
        expectError("a. ⟨^⟩;", "Expected primary expression")
    }

    @Test func semicolonIsFollowedByAMessageNotAnExpression() {
        expectError("a; ⟨^⟩3", "Expected 'end of file' after statement list, found 'integer'")
        expectError("a; ⟨^⟩(b)", "Expected 'end of file' after statement list, found '('")
    }
}

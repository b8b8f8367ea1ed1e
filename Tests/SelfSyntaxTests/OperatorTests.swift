import SelfSyntax
import Testing

/// Operator characters and binary selectors: language.md §2.4.
@Suite struct OperatorTests {
    static let operatorCharacters = Array("!@#$%&*,/\\<>=+-?`~").map(String.init)

    @Test(arguments: operatorCharacters)
    func singleOperatorCharacterIsAToken(_ character: String) {
        #expect(tokens(character) == ["operatorChar \(character)"])
        #expect(sketch("a \(character) b") == "(a \(character) b)")
    }

    @Test func doublePipeAndDoubleCaretAreSingleTokens() {
        #expect(tokens("|| ^^") == ["operatorChar ||", "operatorChar ^^"])
        #expect(tokens("|||") == ["operatorChar ||", "pipe |"])
        #expect(tokens("^^^") == ["operatorChar ^^", "caret ^"])
        #expect(tokens("| | ^ ^") == ["pipe |", "pipe |", "caret ^", "caret ^"])
        #expect(sketch("a || b") == "(a || b)")
        #expect(sketch("a ^^ b") == "(a ^^ b)")
    }

    @Test func pipeAndCaretAloneAreNotOperators() {
        expectError("a ⟨^⟩| b", "Expected 'end of file' after statement list, found '|'")
        expectError("a ⟨^⟩^ b", "Expected 'end of file' after statement list, found '^'")
    }

    @Test func runsOfOperatorTokensJoinIntoOneSelector() {
        #expect(sketch("a == b") == "(a == b)")
        #expect(sketch("a <= b") == "(a <= b)")
        #expect(sketch("a != b") == "(a != b)")
        #expect(sketch("a -> b") == "(a -> b)")
        #expect(sketch("a ** b") == "(a ** b)")
        #expect(sketch("a ||= b") == "(a ||= b)")
        #expect(sketch("a +^^- b") == "(a +^^- b)")
    }

    @Test func runsJoinAcrossWhitespaceAndComments() {
        #expect(sketch("a + + b") == "(a ++ b)")
        #expect(sketch("a +\n\t- b") == "(a +- b)")
        #expect(sketch("a = \"comment\" = b") == "(a == b)")
        #expect(sketch("a || || b") == "(a |||| b)")
    }

    @Test func arrowIsOneTokenOnlyWithoutSpace() {
        #expect(tokens("<-") == ["arrow <-"])
        #expect(tokens("< -") == ["operatorChar <", "operatorChar -"])
        #expect(tokens("<<-") == ["operatorChar <", "arrow <-"])
        #expect(tokens("-<") == ["operatorChar -", "operatorChar <"])
    }

    @Test func lessThanSpaceMinusJoinsIntoTheSelectorLessMinus() {
        #expect(sketch("x < -1") == "(x <- 1)")
        #expect(sketch("x <= -1") == "(x <=- 1)")
    }

    @Test func arrowCannotOccurInAnExpression() {
        expectError("x ⟨^⟩<- 1", "Expected 'end of file' after statement list, found '<-'")
        expectError("x ⟨^⟩<-1", "Expected 'end of file' after statement list, found '<-'")
        expectError("x + ⟨^⟩<- 1", "Expected primary expression")
        expectError("⟨^⟩<- 1", "Expected primary expression")
    }

    @Test func emptySlotListNeedsTwoSeparatePipes() {
        #expect(sketch("(| |)") == "()")
        #expect(sketch("( | | )") == "()")
        // `||` is an operator: `(||)` is an implicit-receiver `||` send missing its argument.
        expectError("(||⟨^⟩)", "Expected primary expression")
        expectError("[||⟨^⟩]", "Expected primary expression")
    }

    @Test func doubleCaretInABlockIsABinarySendNotAReturn() {
        #expect(sketch("[^^ 1]") == "[(^^ 1)]")
        #expect(sketch("[^ ^^ 1]") == "[^ (^^ 1)]")
    }

    @Test func thereIsNoUnaryMinus() {
        #expect(sketch("-1") == "(- 1)")
        #expect(sketch("3 - -1") == "(3 -- 1)")
        #expect(sketch("3 - - 1") == "(3 -- 1)")
        #expect(sketch("x foo: -1") == "(x foo: (- 1))")
    }
}

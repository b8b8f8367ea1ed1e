import SelfSyntax
import Testing

/// Scripts, statement bodies, blocks and the placement of `^`: language.md §3, §3.1
/// and §9.1.
@Suite struct BodyTests {
    // MARK: Scripts and statements

    @Test func statementsAreSeparatedByPeriods() {
        #expect(sketch("1. 2. 3") == "1. 2. 3")
        #expect(sketch("1. 2. 3.") == "1. 2. 3")
        #expect(sketch("a foo.\nb bar.\n") == "(a foo). (b bar)")
    }

    @Test func statementSeparatorErrors() {
        expectError("⟨^⟩.", "Expected primary expression")
        expectError("1.⟨^⟩.2", "Expected primary expression")
        expectError("1 ⟨^⟩2", "Expected 'end of file' after statement list, found 'integer'")
        expectError("a foo ⟨^⟩(b)", "Expected 'end of file' after statement list, found '('")
    }

    @Test func scriptSlotListIsParsedAndKept() {
        #expect(sketch("| x | x") == "| x | x")
        #expect(sketch("| a. b <- 3. m = (1) | m") == "| a. b <- 3. m = method(1) | m")
        #expect(sketch("| |") == "")
        #expect(sketch("| a |") == "| a | ")
    }

    @Test func scriptSlotListErrors() {
        expectError("| a ⟨^⟩3", "Expected '|' after slot list, found 'integer'")
        expectError("| a. | b ⟨^⟩]", "Expected 'end of file' after statement list, found ']'")
    }

    @Test func unmatchedClosingBracketsAtTheTopLevel() {
        expectError("a ⟨^⟩)", "Expected 'end of file' after statement list, found ')'")
        expectError("a. ⟨^⟩]", "Expected primary expression")
    }

    @Test func missingClosingBrackets() {
        expectError("(1⟨^⟩", "Expected ')' after expression, found 'end of file'")
        expectError("(1 ⟨^⟩]", "Expected ')' after expression, found ']'")
        expectError("[1⟨^⟩", "Expected ']' after statement list, found 'end of file'")
        expectError("[1 ⟨^⟩)", "Expected ']' after statement list, found ')'")
        expectError("(| m = (1 ⟨^⟩|)", "Expected ')' after statement list, found '|'")
        expectError("(| a ⟨^⟩]", "Expected '|' after slot list, found ']'")
        expectError("(| a |⟨^⟩", "Expected ')' after slots object, found 'end of file'")
        expectError("x foo: [ 1. (2 ⟨^⟩]", "Expected ')' after expression, found ']'")
    }

    // MARK: Blocks

    @Test func blocks() {
        #expect(sketch("[]") == "[]")
        #expect(sketch("[ ]") == "[]")
        #expect(sketch("[| | 1]") == "[1]")
        #expect(sketch("[1. 2]") == "[1. 2]")
        #expect(sketch("[1. 2.]") == "[1. 2]")
        #expect(sketch("[| :x | x]") == "[| :x | x]")
        #expect(sketch("[| :a. :b. t | t]") == "[| t. :a. :b | t]")
        #expect(sketch("[| t <- 0 | t]") == "[| t <- 0 | t]")
        #expect(sketch("[] parent") == "([] parent)")
        #expect(sketch("[ [ [ 1 ] ] ]") == "[[[1]]]")
    }

    @Test func nonLocalReturnAsTheLastStatementOfABlock() {
        #expect(sketch("[^ 1]") == "[^ 1]")
        #expect(sketch("[1. ^ 2]") == "[1. ^ 2]")
        #expect(sketch("[1. ^ 2.]") == "[1. ^ 2]")
        #expect(sketch("[^ a foo: b; bar]") == "[^ ((a foo: b) bar)]")
        #expect(sketch("x ifTrue: [ ^ 1 ] False: [ ^ 2 ]") == "(x ifTrue: [^ 1] False: [^ 2])")
        #expect(sketch("(| m = ([ ^ 1 ] value) |)") == "(| m = method(([^ 1] value)) |)")
        #expect(sketch("(| m: x = (x ifTrue: [ ^ 1 ]. 2) |)") == "(| m: = method(| :x | (x ifTrue: [^ 1]). 2) |)")
    }

    @Test func nonLocalReturnThatIsNotLastInABlock() {
        expectError("[⟨^⟩^ 1. 2]", "Non-local return must be the last statement in blocks")
        expectError("[1. ⟨^⟩^ 2. 3]", "Non-local return must be the last statement in blocks")
        expectError("[⟨^⟩^ 1. ^ 2]", "Non-local return must be the last statement in blocks")
    }

    @Test func nonLocalReturnOutsideABlock() {
        let message = "Non-local return is only allowed as the last statement of a block"
        expectError("⟨^⟩^ 1", message)
        expectError("1. ⟨^⟩^ 2", message)
        expectError("(| m = (⟨^⟩^ 1) |)", message)
        expectError("(| m = (1. ⟨^⟩^ 2) |)", message)
        expectError("(| m: x = (⟨^⟩^ x) |)", message)
        expectError("(| + x = (⟨^⟩^ x) |)", message)
        expectError("| m = (⟨^⟩^ 1) | 3", message)
        expectError("[ (| m = (⟨^⟩^ 1) |) ]", message)
    }

    @Test func caretInsideAnExpressionIsNotAStatement() {
        expectError("(⟨^⟩^ 1)", "Expected primary expression")
        expectError("[ (⟨^⟩^ 1) ]", "Expected primary expression")
        expectError("[x foo: ⟨^⟩^ 1]", "Expected primary expression")
        expectError("[^ ⟨^⟩^ 1]", "Expected primary expression")
        expectError("[1 ⟨^⟩^ 2]", "Expected ']' after statement list, found '^'")
    }
}

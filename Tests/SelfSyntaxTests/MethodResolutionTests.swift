import SelfSyntax
import Testing

/// Telling methods, objects and expressions apart: language.md §4.3.
@Suite struct MethodResolutionTests {
    /// The sketch of the only slot of `(| <slot> |)`.
    func slot(_ slot: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        let whole = sketch("(| \(slot) |)", sourceLocation: sourceLocation)
        return String(whole.dropFirst(3).dropLast(3))
    }

    // MARK: Unary constant slots

    @Test func initializerNotStartingWithAParenthesisIsAConstant() {
        #expect(slot("three = 3") == "three = 3")
        #expect(slot("s = 'abc'") == "s = 'abc'")
        #expect(slot("b = [ 3 ]") == "b = [3]")
        #expect(slot("n = a max: b") == "n = (a max: b)")
    }

    @Test func parenthesisedGroupFollowedByNothingIsAMethod() {
        #expect(slot("size = (items size)") == "size = method((items size))")
        #expect(slot("three = (3)") == "three = method(3)")
        #expect(slot("s = ('abc')") == "s = method('abc')")
        #expect(slot("two = (1. 2)") == "two = method(1. 2)")
        #expect(slot("t = (| t | t)") == "t = method(| t | t)")
        #expect(slot("t = (| | 3)") == "t = method(3)")
        #expect(slot("o = ((| a = 1 |))") == "o = method((| a = 1 |))")
        #expect(slot("succ = (+ 1)") == "succ = method((+ 1))")
    }

    @Test func groupWithoutStatementsIsAnObject() {
        #expect(slot("name = ()") == "name = ()")
        #expect(slot("name = ( )") == "name = ()")
        #expect(slot("name = (| |)") == "name = ()")
        #expect(slot("name = (| a |)") == "name = (| a |)")
        #expect(slot("name = (| p* = 1. a <- 2 |)") == "name = (| p* = 1. a <- 2 |)")
    }

    @Test func singleStatementGroupFollowedByAMessageIsAnExpression() {
        #expect(slot("name = (a max: b) + 1") == "name = ((a max: b) + 1)")
        #expect(slot("name = (3) foo: 4") == "name = (3 foo: 4)")
        #expect(slot("name = (3) succ succ") == "name = ((3 succ) succ)")
        #expect(slot("name = (1.) foo") == "name = (1 foo)")
        #expect(slot("name = (a max: b) foo; bar") == "name = (((a max: b) foo) bar)")
        #expect(slot("name = (3) _IntAdd: 4") == "name = (3 _IntAdd: 4)")
    }

    @Test func objectGroupFollowedByAMessageIsAnExpression() {
        #expect(slot("name = (| x = 1 |) clone") == "name = ((| x = 1 |) clone)")
        #expect(slot("name = () clone; size") == "name = ((() clone) size)")
        #expect(slot("name = (| p* = 1 |) clone") == "name = ((| p* = 1 |) clone)")
    }

    @Test func messageSentToAMethodLiteralIsAnError() {
        expectError("(| m = (| x = 1 | x) ⟨^⟩foo |)", "Messages can only be sent to expressions, found method")
        expectError("(| m = (1. 2) ⟨^⟩foo |)", "Messages can only be sent to expressions, found method")
        expectError("(| m = (| | 3) ⟨^⟩+ 1 |)", "Messages can only be sent to expressions, found method")
        expectError("(| m = (1. 2) ⟨^⟩at: 3 |)", "Messages can only be sent to expressions, found method")
        expectError("| m = (1. 2) ⟨^⟩foo | 3", "Messages can only be sent to expressions, found method")
    }

    @Test func onlyIdentifiersFirstKeywordsAndOperatorsStartAMessage() {
        // A rest keyword or `;` after the group does not: the group is a method, and the
        // slot list then fails on that token.
        expectError("(| m = (3) ⟨^⟩Put: 1 |)", "Expected '|' after slot list, found 'rest-keyword'")
        expectError("(| m = (3) ⟨^⟩; foo |)", "Expected '|' after slot list, found ';'")
    }

    @Test func parentSlotInAGroupThatTurnsOutAMethodIsAnError() {
        expectError("(| m = (| ⟨^⟩p* = 1 | p) |)", "Method slots can't have parent slots")
        expectError("(| m = (| a. ⟨^⟩p* <- 1 | p) |)", "Method slots can't have parent slots")
    }

    @Test func methodsNestInMethodSlotLists() {
        #expect(slot("m = (| helper = (3) | helper)") == "m = method(| helper = method(3) | helper)")
        #expect(slot("m = (| at: i = (i) | at: 1)") == "m = method(| at: = method(| :i | i) | (at: 1))")
    }

    // MARK: Expression position

    @Test func parenthesesInExpressionPositionAreExpressionsOrObjects() {
        #expect(slot("a <- (3)") == "a <- 3")
        #expect(slot("a <- ()") == "a <- ()")
        #expect(slot("a <- (| x |)") == "a <- (| x |)")
        #expect(slot("p* = (1)") == "p* = 1")
        #expect(slot("p* <- (| |)") == "p* <- ()")
        #expect(sketch("(3) foo") == "(3 foo)")
    }

    @Test func methodCannotBeWrittenInExpressionPosition() {
        expectError("(| a <- (1⟨^⟩. 2) |)", "Expected ')' after expression, found '.'")
        expectError("(1⟨^⟩. 2)", "Expected ')' after expression, found '.'")
        expectError("x foo: (| a | ⟨^⟩a)", "Expected ')' after slots object, found 'identifier'")
    }

    // MARK: Keyword and binary slots

    @Test func keywordAndBinarySlotsAreAlwaysMethods() {
        #expect(slot("at: i Put: v = (v)") == "at:Put: = method(| :i. :v | v)")
        #expect(slot("at: i = ()") == "at: = method(| :i | )")
        #expect(slot("+ n = (n)") == "+ = method(| :n | n)")
        #expect(slot("+ n = (| |)") == "+ = method(| :n | )")
        #expect(slot("- n = (3)") == "- = method(| :n | 3)")
    }
}

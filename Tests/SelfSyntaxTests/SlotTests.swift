import SelfSyntax
import Testing

/// Slot lists and slot kinds: language.md §3 (slot rules), §3.1 and §4.2.
@Suite struct SlotTests {
    @Test func everySlotKindOfAnObjectLiteral() {
        #expect(
            sketch("(| a. b <- 2. c = 3. p* = x. q* <- y. at: i Put: v = (v). + n = (n) |)")
                == "(| a. b <- 2. c = 3. p* = x. q* <- y. at:Put: = method(| :i. :v | v). + = method(| :n | n) |)")
    }

    @Test func emptySlotLists() {
        #expect(sketch("()") == "()")
        #expect(sketch("(| |)") == "()")
        #expect(sketch("(|\n|)") == "()")
        #expect(sketch("[| |]") == "[]")
        #expect(sketch("| | 3") == "3")
    }

    @Test func slotListMayEndWithAPeriod() {
        #expect(sketch("(| a. |)") == "(| a |)")
        #expect(sketch("(| a = 1. b. |)") == "(| a = 1. b |)")
        expectError("(| ⟨^⟩. |)", "Expected identifier, keyword or operator for slot name")
        expectError("(| a. ⟨^⟩. |)", "Expected identifier, keyword or operator for slot name")
    }

    @Test func parentSlotSpacing() {
        #expect(sketch("(| p *= x |)") == "(| p* = x |)")
        #expect(sketch("(| p * <- x |)") == "(| p* <- x |)")
        #expect(sketch("(| p*=x. q*<-y |)") == "(| p* = x. q* <- y |)")
    }

    @Test func initializersAreExpressions() {
        #expect(
            sketch("(| a <- 3 + 4. b = x foo: 1. c = - 1. d <- -1 |)")
                == "(| a <- (3 + 4). b = (x foo: 1). c = (- 1). d <- (- 1) |)")
        #expect(sketch("(| a = b; c |)") == "(| a = (b c) |)")
        #expect(sketch("(| a = [| :x | x] |)") == "(| a = [| :x | x] |)")
    }

    @Test func argumentSlotsComeAfterTheOtherSlots() {
        #expect(sketch("[| :a. b. :c. d <- 1 | a]") == "[| b. d <- 1. :a. :c | a]")
        #expect(sketch("(| at: i Put: v = (| t | t) |)") == "(| at:Put: = method(| t. :i. :v | t) |)")
    }

    @Test func binaryMethodSelectors() {
        #expect(sketch("(| == x = (x) |)") == "(| == = method(| :x | x) |)")
        #expect(sketch("(| + + x = () |)") == "(| ++ = method(| :x | ) |)")
        #expect(
            sketch("(| || x = (). ^^ y = (). , z = () |)")
                == "(| || = method(| :x | ). ^^ = method(| :y | ). , = method(| :z | ) |)")
        #expect(sketch("(| <= x = () |)") == "(| <= = method(| :x | ) |)")
    }

    @Test func keywordAndBinaryMethodsAreMethodsEvenWhenEmpty() {
        #expect(sketch("(| foo: x = () |)") == "(| foo: = method(| :x | ) |)")
        #expect(sketch("(| - x = () |)") == "(| - = method(| :x | ) |)")
    }

    // MARK: Duplicates

    @Test(arguments: [
        "(| a. ⟨^⟩a |)", "(| a = 1. ⟨^⟩a <- 2 |)", "(| a. b. c. ⟨^⟩b |)", "(| p* = 1. ⟨^⟩p = 2 |)",
        "[| :a. :⟨^⟩a | ]", "[| a. :⟨^⟩a | ]", "| a. ⟨^⟩a | 1", "(| m = (| a. ⟨^⟩a | a) |)",
        "(| f: x = (). ⟨^⟩f: y = () |)", "(| + x = (). ⟨^⟩+ y = () |)",
    ])
    func duplicateSlotName(_ marked: String) {
        expectError(marked, "Slot with name '\(duplicatedName(marked))' already defined")
    }

    @Test func duplicateArgumentNames() {
        expectError("(| at: i Put: ⟨^⟩i = (i) |)", "Slot with name 'i' already defined")
        expectError("(| foo: x = (| ⟨^⟩x | x) |)", "Slot with name 'x' already defined")
        expectError("(| + x = (| ⟨^⟩x | x) |)", "Slot with name 'x' already defined")
        expectError("(| foo: a Bar: b Baz: ⟨^⟩a = () |)", "Slot with name 'a' already defined")
    }

    @Test func namesOnlyClashWithinOneList() {
        expectClean("(| a. b = (| a | a) |)")
        expectClean("(| a = (| a = 1 |) |)")
        expectClean("(| a. a: x = () |)")
        expectClean("(| foo = 1. foo: x = (). foo: x Bar: y = () |)")
        expectClean("(| x. foo: x = (x) |)")
        expectClean("[| a | [| a | a]]")
    }

    // MARK: Primitive names

    @Test(arguments: [
        "(| ⟨^⟩_foo = 1 |)", "(| ⟨^⟩_foo |)", "(| ⟨^⟩_foo <- 1 |)", "(| ⟨^⟩_foo* = 1 |)", "(| ⟨^⟩_foo: x = (x) |)",
        "(| foo: ⟨^⟩_x = () |)", "(| foo: x Bar: ⟨^⟩_y = () |)", "(| + ⟨^⟩_x = () |)", "[| :⟨^⟩_a | ]",
        "| ⟨^⟩_a | 1", "(| m = (| ⟨^⟩_t | 1) |)",
    ])
    func primitiveIdentifierIsNotASlotName(_ marked: String) {
        expectError(marked, "Expected non-primitive identifier")
    }

    // MARK: Parent slots

    @Test(arguments: [
        "(| m = (| ⟨^⟩p* = 1 | p) |)", "(| m: x = (| ⟨^⟩p* = 1 | p) |)", "(| + x = (| ⟨^⟩p* <- 1 | p) |)",
        "[| ⟨^⟩p* = 1 | p]", "[| ⟨^⟩p* <- 1 | p]", "| ⟨^⟩p* = 1 | 3", "| a. ⟨^⟩p* <- 1 | 3",
    ])
    func parentSlotOutsideAnObjectLiteral(_ marked: String) {
        expectError(marked, "Method slots can't have parent slots")
    }

    @Test func parentSlotsInObjectLiteralsNestedAnywhere() {
        expectClean("(| m = (| o = (| p* = 1 |) | o) |)")
        expectClean("[| o = (| p* = 1 |) | o]")
        expectClean("| o = (| p* = 1 |) | o")
        expectClean("(| o = (| p* = 1 |) |)")
    }

    @Test func starMustBeFollowedByEqualsOrArrow() {
        expectError("(| p* ⟨^⟩x |)", "Expected '=' or '<-' after '*' in slot")
        expectError("(| p* ⟨^⟩|)", "Expected '=' or '<-' after '*' in slot")
        expectError("(| p* ⟨^⟩. q |)", "Expected '=' or '<-' after '*' in slot")
    }

    // MARK: Argument slots

    @Test func blockArgumentSlots() {
        #expect(sketch("[| :a. :b | a]") == "[| :a. :b | a]")
        #expect(sketch("[| : a | a]") == "[| :a | a]")
        expectError("[| :⟨^⟩1 | ]", "Expected identifier after ':' in argument slot")
        expectError("[| :⟨^⟩| ]", "Expected identifier after ':' in argument slot")
        expectError("[| :⟨^⟩a: | ]", "Expected identifier after ':' in argument slot")
        expectError("[| :a ⟨^⟩:b | a]", "Expected '|' after slot list, found ':'")
    }

    @Test(arguments: ["(| ⟨^⟩:a |)", "(| m = (| ⟨^⟩:a | a) |)", "| ⟨^⟩:a | 1"])
    func argumentSlotOutsideABlock(_ marked: String) {
        expectError(marked, "Expected identifier, keyword or operator for slot name")
    }

    @Test func smalltalkBlockArgumentsAreNotSelfSyntax() {
        expectError("[⟨^⟩:x | x]", "Expected primary expression")
    }

    // MARK: Malformed slots

    @Test func slotNameErrors() {
        expectError("(| ⟨^⟩1 |)", "Expected identifier, keyword or operator for slot name")
        expectError("(| ⟨^⟩'a' |)", "Expected identifier, keyword or operator for slot name")
        expectError("(| ⟨^⟩Put: x = () |)", "Expected identifier, keyword or operator for slot name")
        expectError("(| a ⟨^⟩b |)", "Expected '|' after slot list, found 'identifier'")
        expectError("(| a ⟨^⟩)", "Expected '|' after slot list, found ')'")
        expectError("(| a⟨^⟩", "Expected '|' after slot list, found 'end of file'")
    }

    @Test func methodSlotNameErrors() {
        expectError("(| foo: x ⟨^⟩|)", "Expected '=' after method slot name, found '|'")
        expectError("(| foo: x ⟨^⟩bar: y = () |)", "Expected '=' after method slot name, found 'first-keyword'")
        expectError("(| foo: ⟨^⟩1 = () |)", "Expected non-primitive identifier")
        expectError("(| + x ⟨^⟩<- () |)", "Expected '=' after method slot name, found '<-'")
        expectError("(| + = ⟨^⟩(1) |)", "Expected non-primitive identifier")
    }

    @Test func keywordOrBinaryMethodNeedsAParenthesisedBody() {
        expectError("(| foo: x = ⟨^⟩1 |)", "Method body expected, found 'integer'")
        expectError("(| foo: x = ⟨^⟩x |)", "Method body expected, found 'identifier'")
        expectError("(| + x = ⟨^⟩[ x ] |)", "Method body expected, found '['")
        expectError("(| foo: x = ⟨^⟩|)", "Method body expected, found '|'")
    }

    @Test func objectLiteralCannotHaveStatements() {
        expectError("(| a = 1 | ⟨^⟩a)", "Expected ')' after slots object, found 'identifier'")
        expectError("(| | ⟨^⟩1)", "Expected ')' after slots object, found 'integer'")
    }

    /// The name at the marker of a duplicate-slot test case.
    func duplicatedName(_ marked: String) -> String {
        let afterMarker = marked.split(separator: "⟨^⟩", omittingEmptySubsequences: false)[1]
        return String(afterMarker.prefix { $0 != " " && $0 != "*" })
    }
}

import SelfSyntax
import Testing

/// The nesting limit (`Parser.maximumNestingDepth`): absurdly deep input gets a
/// diagnostic instead of overflowing the stack, and input at the limit parses, dumps
/// and is freed within a bounded amount of stack.
@Suite struct NestingTests {
    static let tooDeep = "Expression nested too deeply (more than \(Parser.maximumNestingDepth) levels)"

    /// A construct repeated `count` times: `prefix…prefix core suffix…suffix trailer`.
    struct Nesting: Sendable, CustomTestStringConvertible {
        /// Opens one level.
        let prefix: String
        /// The innermost expression.
        let core: String
        /// Closes one level.
        let suffix: String
        /// Closes the whole construct.
        let trailer: String

        init(_ prefix: String, _ core: String, _ suffix: String, _ trailer: String = "") {
            self.prefix = prefix
            self.core = core
            self.suffix = suffix
            self.trailer = trailer
        }

        func text(_ count: Int) -> String {
            String(repeating: prefix, count: count) + core + String(repeating: suffix, count: count) + trailer
        }

        var testDescription: String { text(2) }
    }

    /// Every construct that nests, through recursion in the parser or through a loop
    /// that wraps the tree built so far in another send.
    static let nestings = [
        Nesting("(", "1", ")"), Nesting("[", "1", "]"), Nesting("[^ ", "1", "]"),
        Nesting("(| a = ", "1", " |)"), Nesting("(| a <- ", "1", " |)"), Nesting("(| p* = ", "1", " |)"),
        Nesting("[| a = ", "1", " | a]"), Nesting("(| m = (| t <- ", "1", " | t) |)"),
        Nesting("(| a: x = (", "1", ") |)"), Nesting("(| + x = (", "1", ") |)"),
        Nesting("(| m = (", "1", ") succ |)"), Nesting("1 + ", "1", ""), Nesting("a: ", "1", ""),
        Nesting("x foo: ", "1", ""), Nesting("x foo: 1 Bar: ", "1", ""), Nesting("", "1", " succ"),
        Nesting("", "1", "; succ"), Nesting("", "1", "; + 1"), Nesting("", "1 + 1", " succ"),
        Nesting("", "(| a = (1) foo", "; bar", " |)"), Nesting("", "a", " + b c"),
    ]

    // MARK: Far beyond the limit

    @Test(arguments: nestings)
    func absurdNestingIsADiagnostic(_ nesting: Nesting) {
        // 10,000 levels would need tens of megabytes of stack if a construct were not
        // counted; the cheapest constructs are tried 100,000 deep below.
        let result = parse(nesting.text(10_000))
        #expect(result.diagnostics.first?.message == NestingTests.tooDeep)
    }

    @Test(arguments: ["(", "["])
    func hundredThousandBracketsAreADiagnostic(_ bracket: String) {
        let result = parse(String(repeating: bracket, count: 100_000))
        #expect(result.diagnostics.first?.message == NestingTests.tooDeep)
        #expect(
            result.diagnostics.first?.location == SourceLocation(line: 1, column: Parser.maximumNestingDepth / 2 + 1))
    }

    @Test func unbalancedOpenersAreADiagnostic() {
        for opener in ["(| a = ", "[| a = ", "(| a: x = (", "a: ", "x foo: (", "- (", "[^ "] {
            let result = parse(String(repeating: opener, count: 10_000))
            #expect(result.diagnostics.first?.message == NestingTests.tooDeep, "\(opener)")
        }
    }

    @Test func keywordMessagesNestingInArgumentsAreBounded() {
        // Regression: keyword arguments recursed without counting a level, so
        // `a: a: a: … 1` overflowed the stack.
        let result = parse(String(repeating: "a: ", count: 100_000) + "1")
        #expect(result.diagnostics.map(\.message) == [NestingTests.tooDeep])
    }

    @Test func messageChainsBuiltByLoopsAreBounded() {
        // Regression: `1 succ succ …` and `1; succ; succ …` built trees 100,000 levels
        // deep without recursing, and freeing or dumping such a tree overflowed the stack.
        for tail in [" succ", "; succ", "; + 1", "; foo: 1"] {
            let result = parse("1" + String(repeating: tail, count: 100_000))
            #expect(result.diagnostics.map(\.message) == [NestingTests.tooDeep], "\(tail)")
        }
    }

    // MARK: At the limit

    /// The most stack that parsing, dumping and freeing the deepest accepted input may
    /// use. Threads get 8 MB by default on Linux, Swift Testing's included. When this
    /// was written the worst construct (254 nested `(| a = `) needed 1.4 MB in a debug
    /// build and 276 KB in a release build, which must fit the 512 KB that some
    /// platforms give secondary threads.
    #if DEBUG
        static let stackBudget = 4 << 20
    #else
        static let stackBudget = 512 << 10
    #endif

    /// The deepest repetition of a construct that parses cleanly (a binary search:
    /// once a depth fails, every deeper one does).
    func deepestAccepted(_ nesting: Nesting) -> Int {
        var accepted = 0
        var refused = Parser.maximumNestingDepth + 1
        while refused - accepted > 1 {
            let middle = (accepted + refused) / 2
            if parse(nesting.text(middle)).diagnostics.isEmpty { accepted = middle } else { refused = middle }
        }
        return accepted
    }

    @Test(arguments: nestings)
    func nestingUpToTheLimitIsAccepted(_ nesting: Nesting) throws {
        let deepest = deepestAccepted(nesting)
        // Every construct counts at most three levels per repetition.
        #expect(deepest >= Parser.maximumNestingDepth / 3 - 1)
        #expect(parse(nesting.text(deepest + 1)).diagnostics.first?.message == NestingTests.tooDeep)

        let text = nesting.text(deepest)
        let used = StackMeter.bytesUsed {
            let result = parse(text)
            _ = ASTDumper.dump(result.script)
            _ = Sketch.script(result.script)
        }
        #expect(used < NestingTests.stackBudget, "\(used / 1024) KB of stack at depth \(deepest)")
    }

    @Test func realisticNestingIsFarFromTheLimit() {
        let blocks = String(repeating: "x ifTrue: [ ", count: 40) + "1" + String(repeating: " ]", count: 40)
        expectClean(blocks)
        expectClean(String(repeating: "(| a = ", count: 40) + "1" + String(repeating: " |)", count: 40))
        expectClean("1" + String(repeating: " + 1", count: 60))
        expectClean("a" + String(repeating: " b", count: 60))
    }
}

import SelfFuzzing
import SelfRuntime
import SelfSyntax
import Testing

/// The fuzzers' own parts: inputs can be made again from their seed and index, and the
/// oracle tells well-formed reports from malformed ones.
@Suite("Fuzzing")
struct FuzzingTests {
    static let corpus = Corpus(files: [
        ("a.self", Array("(| x <- 3. m: a = ( a + x ) |) m: 4.\n'text' printLine.\n".utf8)),
        ("b.self", Array("[| :i | i > 2 ifTrue: [ ^ i ] ] value: 5\n".utf8)),
    ])

    @Test("an input is a function of its family, seed and index")
    func inputsAreReproducible() {
        let inputs = FuzzInputs(corpus: FuzzingTests.corpus)
        for family in FuzzFamily.allCases {
            for index in 0..<50 {
                #expect(inputs.input(family, seed: 9, index: index) == inputs.input(family, seed: 9, index: index))
            }
            let distinct = Set((0..<50).map { inputs.input(family, seed: 9, index: $0) })
            #expect(distinct.count > 25, "family \(family.rawValue) makes the same input too often")
        }
    }

    @Test("mutants stay within their size limit")
    func mutantsAreBounded() {
        let mutator = Mutator(corpus: FuzzingTests.corpus)
        for index in 0..<2_000 {
            var random = FuzzRandom(seed: 3, index: index)
            #expect(mutator.mutant(&random, forRunning: index % 2 == 0).count <= Mutator.maximumBytes)
        }
    }

    @Test("the oracle accepts the parser's diagnostics and rejects a misplaced one")
    func oracleChecksDiagnostics() {
        let source = SourceFile(name: "t.self", text: "a.\n  b: ) c.\n\t'\u{1B}x' + )")
        let parsed = Parser.parse(source, skipShebang: true)
        #expect(parsed.hasErrors)
        #expect(Oracle.check(parsed.diagnostics, in: source) == [])
        var wrong = parsed.diagnostics[0]
        wrong.location = SourceLocation(line: 1, column: 1)
        #expect(!Oracle.check([wrong], in: source).isEmpty)
        wrong = parsed.diagnostics[0]
        wrong.message = "two\nlines"
        #expect(!Oracle.check([wrong], in: source).isEmpty)
        let many = [Diagnostic](repeating: parsed.diagnostics[0], count: Oracle.maximumDiagnostics + 1)
        #expect(!Oracle.check(many, in: source).isEmpty)
    }

    @Test("the oracle wants a Self stack trace with every runtime error")
    func oracleChecksRuntimeErrors() {
        #expect(Oracle.checkRuntimeError(message: "boom", trace: "  at <top level> (x.self:1:1-4)\n") == [])
        #expect(!Oracle.checkRuntimeError(message: "boom", trace: "").isEmpty)
        #expect(!Oracle.checkRuntimeError(message: "", trace: "  at m (x.self:1:1-4)\n").isEmpty)
    }
}

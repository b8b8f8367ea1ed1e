import Foundation
import Testing

/// Bodies too large for the instruction format (issue 8, defect 1): the code
/// generator used to trap on an operand overflow. A script of 65,537 sends, and a
/// method of 60,000 statements, are now code-generation errors with a position and
/// exit status 1 (cli.md §2.4); through `_EvaluateStringIfFail:` the failure block
/// runs instead.
@Suite struct CodeSizeTests {
    @Test("A script of 65,537 sends is a code-generation error, exit status 1")
    func hugeScript() throws {
        let scratch = try ScratchDirectory()
        let script = try scratch.write("huge.self", String(repeating: "x.\n", count: 65_537))
        let result = try scratch.run(script)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("huge.self:1:1: Error: Script too large (65537 expressions; "))
    }

    @Test("A huge method is refused before the script starts; _EvaluateStringIfFail: runs its failure block")
    func hugeMethodAndEvaluatedString() throws {
        let scratch = try ScratchDirectory()
        let body = String(repeating: "3 printString. ", count: 30_000)
        let script = try scratch.write(
            "method.self", "'before' printLine.\n(| m = ( \(body) ) |).\n")
        let result = try scratch.run(script)
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.contains("method.self:2:8: Error: Method too large"))
        let evaluated = try scratch.write(
            "evaluated.self",
            "('\(String(repeating: "x. ", count: 60_000))' _EvaluateStringIfFail: [ 'failed' ]) printLine.\n"
                + "'after' printLine.\n")
        let second = try scratch.run(evaluated)
        #expect(second.status == 0)
        #expect(second.standardOutput == "failed\nafter\n")
        #expect(second.standardError.contains("Script too large"))
    }
}

import SelfSyntax
import Testing

/// The parser must survive anything: 100,000 seeded random and damaged inputs each
/// give a tree or diagnostics, never a crash or a hang, and what they give is
/// well formed. (Deep nesting is covered by `NestingTests`.)
///
/// A crash kills the test process before it can name the input. To find it, rerun
/// with the environment variable `SELF_FUZZ_VERBOSE=1`, which prints every input's
/// kind, seed and index before parsing it; `FuzzInputs.input(_:seed:index:)` then
/// regenerates it.
@Suite struct RobustnessTests {
    /// One batch of inputs: a kind, a seed and how many.
    struct Batch: Sendable, CustomTestStringConvertible {
        let kind: FuzzInputs.Kind
        let seed: UInt64
        let count: Int

        var testDescription: String { "\(count) \(kind.rawValue), seed \(seed)" }
    }

    /// 100,000 inputs in batches that can run in parallel.
    static let batches = [
        Batch(kind: .randomBytes, seed: 1, count: 12_500), Batch(kind: .randomBytes, seed: 2, count: 12_500),
        Batch(kind: .tokenSoup, seed: 3, count: 17_500), Batch(kind: .tokenSoup, seed: 4, count: 17_500),
        Batch(kind: .mutatedSnippets, seed: 5, count: 20_000), Batch(kind: .mutatedSnippets, seed: 6, count: 20_000),
    ]

    @Test func batchesAddUpToAHundredThousandInputs() {
        #expect(RobustnessTests.batches.reduce(0) { $0 + $1.count } == 100_000)
        #expect(Set(RobustnessTests.batches.map(\.kind)).count == FuzzInputs.Kind.allCases.count)
    }

    @Test(.timeLimit(.minutes(1)), arguments: batches)
    func parserSurvives(_ batch: Batch) {
        let verbose = Environment.value("SELF_FUZZ_VERBOSE") == "1"
        var cleanInputs = 0
        for index in 0..<batch.count {
            if verbose { print("fuzz \(batch.kind.rawValue) seed \(batch.seed) index \(index)") }
            let bytes = FuzzInputs.input(batch.kind, seed: batch.seed, index: index)
            let source = SourceFile(name: "fuzz.self", bytes: bytes)
            let result = Parser.parse(source, skipShebang: index % 2 == 0)
            if let problem = RobustnessTests.problem(with: result, of: source) {
                Issue.record("\(batch.kind.rawValue) seed \(batch.seed) index \(index): \(problem)")
                return
            }
            if result.diagnostics.isEmpty {
                cleanInputs += 1
                _ = ASTDumper.dump(result.script)
            }
        }
        // The generators must not be so hostile that nothing ever parses.
        if batch.kind == .mutatedSnippets { #expect(cleanInputs > batch.count / 20) }
    }

    /// What is wrong with a parse result, or nil: diagnostics must be errors, lie
    /// inside the source, come in source order at distinct offsets, agree with
    /// their line and column, and render.
    static func problem(with result: ParseResult, of source: SourceFile) -> String? {
        var previous = -1
        for diagnostic in result.diagnostics {
            if diagnostic.offset < 0 || diagnostic.offset > source.bytes.count {
                return "offset \(diagnostic.offset) outside the source"
            }
            if diagnostic.offset <= previous { return "diagnostics out of order or repeated at \(diagnostic.offset)" }
            previous = diagnostic.offset
            if diagnostic.location != source.location(of: diagnostic.offset) { return "wrong location" }
            if diagnostic.level != .error || diagnostic.message.isEmpty { return "odd diagnostic" }
        }
        if result.hasErrors != !result.diagnostics.isEmpty { return "hasErrors disagrees" }
        if let first = result.diagnostics.first, !first.rendered(in: source, color: false).hasSuffix("^\n") {
            return "bad rendering"
        }
        return nil
    }

    @Test func everyShortInput() {
        // Every one-byte input, and every pair of ASCII bytes or bytes that start UTF-8
        // sequences (all 65,536 pairs would add seconds for little more).
        let bytes = Array(0...0x7F) + [0x80, 0xC3, 0xFF]
        let inputs = (0...255).map { [UInt8($0)] } + bytes.flatMap { first in bytes.map { [UInt8(first), UInt8($0)] } }
        for input in inputs {
            let source = SourceFile(name: "short.self", bytes: input)
            if let problem = RobustnessTests.problem(with: Parser.parse(source), of: source) {
                Issue.record("\(input): \(problem)")
                return
            }
        }
    }
}

import SelfRuntime
import SelfSyntax
import Testing

/// The code generator's branch duplication (`CodeGenerator.duplicateBranches`),
/// checked on the listing; what the code computes is
/// Tests/Scripts/regressions/duplicated-branch.self.
@Suite("Branch duplication")
struct BranchDuplicationTests {
    @Test("an inlined conditional whose value is a condition tests it in each branch")
    func duplicated() throws {
        let t = TestVM(booleans: true)
        let source = SourceFile(
            name: "<duplication>",
            text: """
                _AddSlots: (| m: n = ( | i <- 0. j <- 0 |
                    [ (i < n) && [ j < 10 ] ] whileTrue: [ i: i + 1. j: j + 2 ].
                    ((i > 3) || [ j > 3 ]) ifTrue: [ i: 0 ].
                    i ) |)
                """)
        _ = try t.vm.compile(source, skipShebang: false, directory: ".").get()
        let listing = t.vm.bytecodeListing()
        var tests = 0
        for code in JumpThreadingTests.codes(listing) {
            for instruction in code.values {
                guard instruction.op == "jumpIfFalse" else { continue }
                tests += 1
                // A test is the last thing before its fallback jump; nothing jumps
                // forward onto it (the copies do not, and the originals are reached
                // only by the fallbacks' real sends falling through).
                #expect(code[instruction.pc + 1]?.op == "jump", "jumpIfFalse at \(instruction.pc) has no fallback")
                for other in code.values where other.op == "jump" {
                    guard let offset = other.offset, offset > 0 else { continue }
                    #expect(
                        other.pc + 1 + offset != instruction.pc,
                        "jump at \(other.pc) lands on the jumpIfFalse at \(instruction.pc)")
                }
            }
        }
        #expect(tests >= 6, "each of the two tests has two copies beside its original")
        // `j < 10` and `j > 3` end the inner conditionals, so they fuse a test now,
        // as `i < n` and `i > 3` did before.
        let method = listing.components(separatedBy: "method m:").last ?? ""
        let lines = method.split(separator: "\n")
        #expect(lines.filter { $0.contains("lessThan") && $0.contains("+branch") }.count == 2, "\(method)")
        #expect(lines.filter { $0.contains("greaterThan") && $0.contains("+branch") }.count == 2, "\(method)")
    }
}

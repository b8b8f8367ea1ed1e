import Foundation
import SelfRuntime
import Testing

/// Checks that the instruction set is documented once, in `Instruction.swift`, and
/// that docs/bytecode.md's table is generated from it.
@Suite struct InstructionSetDocTests {
    /// The repository root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// (name, operands, effect) of every `case` with its `///` line(s), in order.
    static func documentedCases() throws -> [(name: String, syntax: String, effect: String)] {
        let source = try String(
            contentsOf: root.appendingPathComponent("Sources/SelfRuntime/Bytecode/Instruction.swift"), encoding: .utf8)
        let body = source.components(separatedBy: "public enum Opcode")[1].components(separatedBy: "/// The name used")[
            0]
        var result: [(String, String, String)] = []
        var doc: [String] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("/// ") {
                doc.append(String(trimmed.dropFirst(4)))
            } else if trimmed.hasPrefix("case ") {
                let name = String(trimmed.dropFirst(5))
                let text = doc.joined(separator: " ")
                let parts = text.components(separatedBy: "` — ")
                result.append((name, String(parts[0].dropFirst()), parts.dropFirst().joined(separator: "` — ")))
                doc = []
            } else {
                doc = []
            }
        }
        return result
    }

    static func table() throws -> String {
        let rows = try documentedCases().map {
            "| `\($0.syntax)` | \($0.effect.replacingOccurrences(of: "|", with: "\\|")) |"
        }
        return (["| instruction | effect |", "|---|---|"] + rows).joined(separator: "\n")
    }

    @Test func everyOpcodeHasOneDocumentedLine() throws {
        let cases = try Self.documentedCases()
        #expect(cases.map(\.name) == Opcode.allCases.map(\.name))
        for entry in cases {
            #expect(entry.syntax.hasPrefix(entry.name), "\(entry.name) documents `\(entry.syntax)`")
            #expect(!entry.effect.isEmpty, "\(entry.name) has no effect text")
        }
    }

    @Test func bytecodeDocumentMatchesTheDefinition() throws {
        let url = Self.root.appendingPathComponent("docs/bytecode.md")
        let document = try String(contentsOf: url, encoding: .utf8)
        let begin = "<!-- instructions:begin -->\n"
        let end = "\n<!-- instructions:end -->"
        let head = document.components(separatedBy: begin)[0]
        let tail = document.components(separatedBy: end)[1]
        let expected = head + begin + (try Self.table()) + end + tail
        if ProcessInfo.processInfo.environment["SELF_RECORD_SNAPSHOTS"] == "1" {
            try expected.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(document == expected, "docs/bytecode.md is out of date: re-record with SELF_RECORD_SNAPSHOTS=1")
    }
}

import Foundation
import SelfSyntax
import Testing

/// AST dump snapshots. Every `Snapshots/NAME.self` is parsed as a file is (shebang
/// skipped), and its `ASTDumper` dump, followed by its rendered diagnostics if it has
/// any, must equal `Snapshots/NAME.ast`. Only files named `*.error.self` may have
/// diagnostics.
///
/// To re-record after an intended change of the tree or the dump format, run the
/// tests with `SELF_RECORD_SNAPSHOTS=1` and review the diff of the `.ast` files.
@Suite struct SnapshotTests {
    /// `Tests/SelfSyntaxTests/Snapshots`, found from this source file.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Snapshots")

    /// Whether the tests write the snapshots instead of comparing.
    static let recording = Environment.value("SELF_RECORD_SNAPSHOTS") == "1"

    /// The snapshot inputs, without their `.self` extension, sorted.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".self") }.map { String($0.dropLast(".self".count)) }.sorted()
    }()

    /// The text a snapshot records for one input.
    static func snapshot(of name: String, bytes: [UInt8]) -> String {
        let source = SourceFile(name: name + ".self", bytes: bytes)
        let result = Parser.parse(source, skipShebang: true)
        var text = ASTDumper.dump(result.script)
        if !result.diagnostics.isEmpty {
            text += "\nDiagnostics:\n" + result.renderedDiagnostics(color: false)
        }
        return text
    }

    @Test(arguments: names)
    func snapshot(_ name: String) throws {
        let input = try Data(contentsOf: SnapshotTests.directory.appendingPathComponent(name + ".self"))
        let actual = SnapshotTests.snapshot(of: name, bytes: Array(input))
        let expectedFile = SnapshotTests.directory.appendingPathComponent(name + ".ast")
        if SnapshotTests.recording {
            try Data(actual.utf8).write(to: expectedFile)
            return
        }
        let hasDiagnostics = actual.contains("\nDiagnostics:\n")
        #expect(hasDiagnostics == name.hasSuffix(".error"), "only *.error.self snapshots may have diagnostics")
        guard let expected = try? String(contentsOf: expectedFile, encoding: .utf8) else {
            Issue.record("missing \(name).ast: run the tests with SELF_RECORD_SNAPSHOTS=1 to record it")
            return
        }
        #expect(actual == expected, "\(name).ast is out of date: \(SnapshotTests.firstDifference(actual, expected))")
    }

    @Test func everySnapshotHasAnInputAndTheFolderIsNotEmpty() throws {
        #expect(SnapshotTests.names.count >= 5)
        let files = try FileManager.default.contentsOfDirectory(atPath: SnapshotTests.directory.path)
        for file in files where file.hasSuffix(".ast") {
            #expect(SnapshotTests.names.contains(String(file.dropLast(".ast".count))), "\(file) has no .self input")
        }
    }

    /// The first line that differs, to make a failure readable.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, (got, wanted)) in zip(actualLines, expectedLines).enumerated() where got != wanted {
            return "line \(number + 1): got \"\(got)\", expected \"\(wanted)\""
        }
        return "got \(actualLines.count) lines, expected \(expectedLines.count)"
    }
}

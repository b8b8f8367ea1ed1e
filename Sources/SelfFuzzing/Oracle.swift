import SelfRuntime
import SelfSyntax

/// What the fuzzers check about every report the VM makes (cli.md §4): that a
/// diagnostic points inside its source, where its line and column say, with a
/// one-line message, and that there are boundedly many; that a runtime error
/// has a message and a Self stack trace, and is not a generated program's failed
/// check of its own result (`fuzz-check failed: …`, a wrong result). A crash, hang or runaway memory is found
/// by the worker and `scripts/fuzz`, not here.
public enum Oracle {
    /// Most diagnostics one source may get (`Parser.bounded`: 100 and a summary).
    public static let maximumDiagnostics = 101

    /// The problems with a list of diagnostics for `source` (empty if none).
    public static func check(_ diagnostics: [Diagnostic], in source: SourceFile) -> [String] {
        var problems: [String] = []
        if diagnostics.count > maximumDiagnostics {
            problems.append("\(diagnostics.count) diagnostics for one source")
        }
        for diagnostic in diagnostics.prefix(maximumDiagnostics + 1) {
            let where_ = "\(diagnostic.location.line):\(diagnostic.location.column)"
            if diagnostic.message.isEmpty || diagnostic.message.contains("\n") {
                problems.append("\(where_): message empty or on several lines: \(diagnostic.message.debugDescription)")
            }
            guard diagnostic.offset >= 0 && diagnostic.offset <= source.bytes.count else {
                problems.append("\(where_): offset \(diagnostic.offset) outside the \(source.bytes.count) bytes")
                continue
            }
            let expected = source.location(of: diagnostic.offset)
            if expected != diagnostic.location {
                problems.append("\(where_): offset \(diagnostic.offset) is at \(expected.line):\(expected.column)")
                continue
            }
            let line = source.lineText(diagnostic.location.line)
            if diagnostic.location.column < 1 || diagnostic.location.column > line.count + 1 {
                problems.append("\(where_): column outside a line of \(line.count) bytes")
            }
            // The three-line form (long lines are not rendered: it is their cost
            // that the bound on diagnostics is about, not their form).
            guard line.count <= 400 else { continue }
            let rendered = Array(diagnostic.rendered(in: source, color: false).utf8).split(
                separator: 10, omittingEmptySubsequences: false)
            // Three lines (and the empty rest after the last newline), the echo free
            // of control characters, the caret after column − 1 spaces.
            let caret = rendered.count == 4 ? Array(rendered[2]) : []
            if rendered.count != 4 || rendered[1].contains(where: { ($0 < 32 && $0 != 9) || $0 == 127 })
                || caret != Array(repeating: 32, count: diagnostic.location.column - 1) + [UInt8(ascii: "^")]
            {
                problems.append("\(where_): the report is not three lines with the caret under the column")
            }
        }
        return problems
    }

    /// The problems with a runtime-error report (empty if none).
    public static func checkRuntimeError(message: String, trace: String) -> [String] {
        var problems: [String] = []
        if message.isEmpty { problems.append("a runtime error without a message") }
        if message.hasPrefix("fuzz-check failed") {
            // A generated program's own check (ProgramWriter.check): a wrong result.
            problems.append("a wrong result: \(message.prefix(200).debugDescription)")
        }
        if !trace.split(separator: "\n").contains(where: { $0.hasPrefix("  at ") }) {
            problems.append("a runtime error without a Self stack trace: \(message.prefix(200).debugDescription)")
        }
        return problems
    }

    /// The problems with one report.
    public static func check(_ report: Report) -> [String] {
        switch report {
        case .diagnostics(let diagnostics, let source): check(diagnostics, in: source)
        case .runtimeError(_, let message, let trace): checkRuntimeError(message: message, trace: trace)
        }
    }
}

// The libFuzzer entry point over the parser and the compiler (scripts/fuzz-coverage).
//
// Built with `swift build --product self-libfuzzer --sanitize=fuzzer
// -Xswiftc -DSELF_LIBFUZZER`: libFuzzer then provides `main` and calls
// `LLVMFuzzerTestOneInput` once per input, guided by the coverage that
// `-sanitize=fuzzer` instruments. In a plain build this file is compiled too (so that it
// keeps up with the APIs it uses), and `Stub.swift` provides `main`.

import SelfRuntime
import SelfSyntax

/// The one VM every input is compiled in, kept across inputs as a long-running VM
/// would be: code that nothing refers to is freed by full collections (`inputsPerCollection`).
nonisolated(unsafe) let machine = VirtualMachine()

/// Inputs run since the last full collection.
nonisolated(unsafe) var inputsSinceCollection = 0

/// Inputs between two full collections of the VM's heap, which free the code compiled
/// for earlier inputs, so that memory stays flat however long the run is.
let inputsPerCollection = 2_000

/// libFuzzer's entry point: parses the input as a script file, checks its diagnostics
/// (`DiagnosticOracle`), and compiles it when it parses. It never runs the code. A
/// violated check is a `fatalError`, which libFuzzer records as a crash with the input.
/// The pointer is optional because C allows a null pointer with a count of 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = count > 0 ? Array(UnsafeRawBufferPointer(start: start, count: count)) : []
    let source = SourceFile(name: "<fuzz>", bytes: bytes)
    let parsed = Parser.parse(source, skipShebang: true)
    DiagnosticOracle.check(parsed.diagnostics, in: source, stage: "parse")
    if !parsed.hasErrors {
        switch machine.compile(source, skipShebang: true) {
        case .success:
            break
        case .failure(.parse(let diagnostics, _)):
            DiagnosticOracle.fail(
                "the compiler's parse found \(diagnostics.count) diagnostics where Parser.parse found none: "
                    + (diagnostics.first.map { "\($0.location): \($0.message)" } ?? ""))
        case .failure(.codeGeneration(let error)):
            if error.source !== source {
                DiagnosticOracle.fail("a code-generation error names the source '\(error.source.name)'")
            }
            DiagnosticOracle.check([error.diagnostic], in: source, stage: "code generation")
        }
    }
    inputsSinceCollection += 1
    if inputsSinceCollection >= inputsPerCollection {
        inputsSinceCollection = 0
        machine.memory.heap.collectFull()
    }
    return 0
}

/// The oracle: what must hold of the diagnostics of any input, however malformed
/// (cli.md §4.1, `Parser.parse`, `Diagnostic.rendered`). Each check that fails ends the
/// process through `fail`.
enum DiagnosticOracle {
    /// Checks a list of diagnostics for `source`: bounded in number, in all and on one
    /// line (`Parser.bounded`), in source order at distinct offsets, and each one valid
    /// (`check(_:in:stage:)` for one). `stage` names the pass that made them.
    static func check(_ diagnostics: [Diagnostic], in source: SourceFile, stage: String) {
        if diagnostics.count > Parser.maximumDiagnostics + 1 {
            fail("\(stage): \(diagnostics.count) diagnostics, more than \(Parser.maximumDiagnostics) and a summary")
        }
        var previous = -1
        var onLine = (line: 0, count: 0)
        for diagnostic in diagnostics {
            if diagnostic.offset <= previous {
                fail("\(stage): diagnostic at offset \(diagnostic.offset) after one at offset \(previous)")
            }
            previous = diagnostic.offset
            onLine =
                diagnostic.location.line == onLine.line
                ? (onLine.line, onLine.count + 1) : (diagnostic.location.line, 1)
            if onLine.count > Parser.maximumDiagnosticsPerLine + 1 {
                let most = Parser.maximumDiagnosticsPerLine
                fail("\(stage): more than \(most) diagnostics and a summary on line \(onLine.line)")
            }
            check(diagnostic, in: source, stage: stage)
        }
    }

    /// Checks one diagnostic: an error with a one-line message, at an offset inside the
    /// source (the end included) whose line and column are the ones it carries, and a
    /// rendering (`rendered(in:color:)`) of exactly three lines: the header, the echo
    /// of its line with no character that could move the cursor, and a caret under
    /// its column (`checkCaret`).
    static func check(_ diagnostic: Diagnostic, in source: SourceFile, stage: String) {
        let at =
            "\(stage): diagnostic \(diagnostic.location) (offset \(diagnostic.offset)) "
            + "\(diagnostic.message.debugDescription)"
        if diagnostic.level != .error { fail("\(at): level \(diagnostic.level.rawValue)") }
        if diagnostic.message.isEmpty || diagnostic.message.contains(where: \.isNewline) {
            fail("\(at): the message is empty or has several lines")
        }
        guard diagnostic.offset >= 0 && diagnostic.offset <= source.bytes.count else {
            fail("\(at): the offset is outside the source's \(source.bytes.count) bytes")
        }
        let expected = source.location(of: diagnostic.offset)
        if expected != diagnostic.location { fail("\(at): the offset is at \(expected)") }
        let lineBytes = source.lineText(diagnostic.location.line)
        if diagnostic.location.column < 1 || diagnostic.location.column > lineBytes.count + 1 {
            fail("\(at): the column is outside its line of \(lineBytes.count) bytes")
        }
        let rendered = diagnostic.rendered(in: source, color: false)
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == 4, lines[3].isEmpty else {
            fail("\(at): the rendering has \(lines.count - 1) lines, not 3: \(rendered.debugDescription)")
        }
        let header =
            "\(source.name):\(diagnostic.location.line):\(diagnostic.location.column): Error: "
            + diagnostic.message
        if lines[0] != header { fail("\(at): the header is \(String(lines[0]).debugDescription)") }
        if let bad = lines[1].unicodeScalars.first(where: { !isShowable($0) }) {
            fail("\(at): the echoed line shows U+\(String(bad.value, radix: 16, uppercase: true))")
        }
        checkCaret(
            echo: String(lines[1]), caretLine: String(lines[2]), lineBytes: Array(lineBytes),
            column: diagnostic.location.column, at: at)
    }

    /// Checks the echo and the caret the way cli.md §4.1 lines them up, by bytes: the
    /// caret line is `column - 1` spaces and a `^`, and the echo stands for the line
    /// byte by byte, each character for one byte except a valid multi-byte UTF-8
    /// character shown as itself, which stands for its own bytes. (So the caret is
    /// visibly under its byte unless a multi-byte character or a tab comes before it:
    /// a consequence of the format, not checked.)
    static func checkCaret(echo: String, caretLine: String, lineBytes: [UInt8], column: Int, at: String) {
        let expected = String(repeating: " ", count: column - 1) + "^"
        if caretLine != expected {
            fail("\(at): the caret line is \(caretLine.debugDescription), not \(column - 1) spaces and '^'")
        }
        let bytes = echo.unicodeScalars.reduce(0) { $0 + UTF8.width($1) }
        if bytes != lineBytes.count {
            fail("\(at): the echo \(echo.debugDescription) stands for \(bytes) bytes, its line has \(lineBytes.count)")
        }
    }

    /// Whether an echoed character leaves the terminal alone: a tab, or anything but a
    /// C0 or C1 control, DEL, a line or paragraph separator, or a bidirectional
    /// mark, override or isolate.
    static func isShowable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 9: true
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: false
        default: true
        }
    }

    /// Ends the process with the problem, which libFuzzer records as a crash (the
    /// input is written to its artifact directory).
    static func fail(_ problem: String) -> Never {
        fatalError("SelfLibFuzzer: \(problem)")
    }
}

import SelfSyntax

/// Runtime errors: unwinding to the nearest boundary and the report of cli.md §4.2.
extension VirtualMachine {
    /// Handles a runtime error raised in the top frame. Inside code run by
    /// `_EvaluateStringIfFail:` the report is printed, the frames of that code are
    /// dropped and the failure object is sent `value` (the loop goes on: nil is
    /// returned). Otherwise the error ends the execution.
    func raise(_ message: String, stopDepth: Int) -> ExecutionEnd? {
        if current.role != .global { return raiseInActor(message, stopDepth: stopDepth) }
        var boundary: Int?
        var index = stack.frameCount - 1
        while index >= stopDepth {
            if stack.frames[index].flags & FrameFlags.evaluationBoundary != 0 {
                boundary = index
                break
            }
            index -= 1
        }
        let lowest = boundary ?? stopDepth
        let trace = stackTrace(from: lowest)
        if let boundary {
            report("Received error while evaluating string: ", message, trace)
            let frame = stack.frames[boundary]
            let failure = stack.registers[frame.resultIndex + FrameLayout.firstArgument]
            stack.frameCount = boundary
            switch sendValue(to: failure, argument: nil, base: frame.resultIndex) {
            case .done, .pushed:
                return nil
            case .failed(let next):
                return raise(next, stopDepth: stopDepth)
            }
        }
        report(topLevelErrorPrefix, message, trace)
        stack.frameCount = stopDepth
        return .failed(RuntimeError(message: message, trace: trace))
    }

    func report(_ prefix: String, _ message: String, _ trace: String) {
        guard !suppressErrorReports else { return }
        if let reportObserver {
            reportObserver(.runtimeError(prefix: prefix, message: message, trace: trace))
            return
        }
        Platform.writeError(prefix + message + "\n" + trace)
    }

    /// How many innermost and outermost frames a long stack trace shows; the frames
    /// between them are summarised in one line (a runaway recursion has 100,000).
    static let traceInnermostFrames = 30
    static let traceOutermostFrames = 10

    /// The frames from the top down to `lowest`, innermost first: the frame name, the
    /// range of the send it is executing, and the source excerpt with carets.
    func stackTrace(from lowest: Int) -> String {
        var lines = ""
        let total = stack.frameCount - lowest
        let elide = total > VirtualMachine.traceInnermostFrames + VirtualMachine.traceOutermostFrames + 1
        var index = stack.frameCount - 1
        while index >= lowest {
            let shown = stack.frameCount - index
            if elide && shown == VirtualMachine.traceInnermostFrames + 1 {
                let skipped = total - VirtualMachine.traceInnermostFrames - VirtualMachine.traceOutermostFrames
                lines += "  ... \(skipped) more frames ...\n"
                index = lowest + VirtualMachine.traceOutermostFrames - 1
                continue
            }
            let frame = stack.frames[index]
            let compiled = codes[frame.code.pointee.index]
            let range = Self.position(in: compiled, before: frame.pc)
            lines += frameReport(name: compiled.name, source: compiled.source, range: range)
            index -= 1
        }
        return lines
    }

    /// The source range of the instruction a frame is executing (the one before
    /// `pc`). Jumps have no range of their own: when the instruction is one (an
    /// interrupt honoured at a back edge or `_Restart`, which leave `pc` at the start
    /// of the loop or the body), the range is that of the first instruction from
    /// there that has one, a send in the statement that loops.
    static func position(in compiled: CompiledCode, before pc: Int) -> SourceRange? {
        var index = max(0, pc - 1)
        while index < compiled.positions.count {
            if let range = compiled.positions[index] { return range }
            index += 1
        }
        return nil
    }

    func frameReport(name: String, source: SourceFile, range: SourceRange?) -> String {
        guard let range else { return "  at \(name) (\(source.name))\n" }
        let start = source.location(of: range.start)
        let end = source.location(of: max(range.start, range.end - 1))
        let position =
            start.line == end.line
            ? "\(start.line):\(start.column)-\(end.column)"
            : "\(start.line):\(start.column)-\(end.line):\(end.column)"
        var text = "  at \(name) (\(source.name):\(position))\n"
        let lineText = source.displayLine(start.line)
        var gutter = String(start.line)
        while gutter.count < 3 { gutter += " " }
        let lastColumn = start.line == end.line ? end.column : source.lineText(start.line).count
        let carets =
            String(repeating: "^", count: max(1, lastColumn - start.column + 1))
            + (start.line == end.line ? "" : "...")
        let pad = String(repeating: " ", count: 2 + gutter.count + 3 + start.column - 1)
        if colorReports {
            text += "  \u{1B}[37m\(gutter) |\u{1B}[0m \(lineText)\n\(pad)\u{1B}[92m\(carets)\u{1B}[0m\n"
        } else {
            text += "  \(gutter) | \(lineText)\n\(pad)\(carets)\n"
        }
        return text
    }

    /// One line of `--trace` output.
    func trace(_ word: UInt64, pc: Int, code: UnsafeMutablePointer<CodeInfo>) {
        let compiled = codes[code.pointee.index]
        let next = pc + 1 < compiled.instructionCount ? code.pointee.instructions[pc + 1] : 0
        // In actor mode each line names the running actor: `[#3 main]`.
        let actor = current.role == .global ? "" : "#\(current.id) "
        Platform.writeError("[\(actor)\(compiled.name)] \(pc): \(Disassembler.describe(word, next: next))\n")
    }
}

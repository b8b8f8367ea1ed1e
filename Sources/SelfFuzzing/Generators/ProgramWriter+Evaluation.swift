/// `_EvaluateStringIfFail:` (primitives.md §3.1) and `_Restart` (language.md §7.8):
/// evaluations nested many deep with an error at the bottom, failure objects of
/// every shape (blocks that fail again, non-blocks, blocks taking arguments),
/// parse and code-generation errors, random bytes as source, slots defined by
/// evaluated code and used afterwards, `_RunScript` of files that do not exist;
/// and activations restarted until a counter says stop.
extension ProgramWriter {
    /// One evaluation scenario.
    mutating func evaluationPart() -> Part {
        switch random.below(6) {
        case 0: return nestedEvaluation()
        case 1: return failureObjects()
        case 2: return evaluationDefinesSlots()
        case 3: return evaluateRandomBytes()
        case 4: return evaluationInLoop()
        default: return runMissingScript()
        }
    }

    /// One `_Restart` scenario.
    mutating func restartPart() -> Part {
        switch random.below(3) {
        case 0: return restartMethod()
        case 1: return restartBlock()
        default: return restartEvaluatedTopLevel()
        }
    }

    /// What fails at the bottom of an evaluation, or succeeds.
    mutating func failingSource() -> String {
        random.pick([
            "_Error: 'deep'", "1 / 0", "nil foo\(suffix)", "1 +", "(]", "_NoSuchPrimitive\(suffix)",
            "4611686018427387904", "'\\q'", "(| a. a |)", "[ ^ 1 ] value", "'ok'", "3 + 4",
            "(| parent* = lobby. f: n = ( f: n + 1 ) |) f: 0",
        ])
    }

    /// Evaluations nested `depth` deep: each level evaluates the next and answers
    /// its value or its own failure marker; the outermost value is checked when
    /// the bottom surely succeeds.
    mutating func nestedEvaluation() -> Part {
        // Each level doubles the backslashes of the levels inside it: at most 12.
        let depth = random.weighted([(5, random.int(in: 1...6)), (2, random.int(in: 6...12))])
        let bottom = random.chance(1, in: 3) ? "'bottom ok'" : failingSource()
        var code = bottom
        for level in 0..<depth {
            code = SourceText.quote(code) + " _EvaluateStringIfFail: [ 'failed at \(level)' ]"
        }
        if bottom == "'bottom ok'" { return Part(code: check(code, "'bottom ok'", "\(depth) nested evaluations")) }
        return Part(code: code + ".")
    }

    /// Failure objects of every shape, and failure blocks that fail again or
    /// return non-locally.
    mutating func failureObjects() -> Part {
        let failure = random.pick([
            "[ 'plain' ]", "7", "nil", "'a string'", "[| :a | a ]", "[| :a. :b | a ]", "[ _Error: 'again' ]",
            "[ 1 / 0 ]", "[ '1 +' _EvaluateStringIfFail: [ 'inner' ] ]", "(| value = ( 'object' ) |)",
            "(| |)", "[ [ 'nested' ] value ]", "lobby", "raiseError",
        ])
        let source = failingSource()
        return Part(code: "\(SourceText.quote(source)) _EvaluateStringIfFail: \(failure).")
    }

    /// Evaluated code adds slots and methods to the lobby; the script uses them,
    /// and evaluated code calls back into methods of the script.
    mutating func evaluationDefinesSlots() -> Part {
        let name = fresh("fzDefined")
        let value = random.int(in: 0...100_000)
        let define =
            "lobby _AddSlots: (| \(name) = (| parent* = std traits clonable. v = \(value). twice = ( v * 2 ) |) |)"
        let code = """
            \(SourceText.quote(define)) _EvaluateStringIfFail: [ _Error: 'fuzz-check failed: define by evaluation' ].
            \(check("\(name) twice", String(value * 2), "slot defined by evaluated code"))
            \(check(SourceText.quote("\(name) v + 1") + " _EvaluateStringIfFail: [ 0 ]", String(value + 1),
                    "evaluated code reads a slot"))
            """
        return Part(code: code)
    }

    /// Source made at run time from random bytes (NUL, high bytes, quotes,
    /// brackets): parse errors at odd places, caught.
    mutating func evaluateRandomBytes() -> Part {
        let count = random.size(upTo: 300)
        let bytes = (0..<count).map { _ -> Int in
            random.weighted([
                (3, random.int(in: 32...126)), (1, random.int(in: 0...255)),
                (1, Int(random.pick(Array("()[]|^:.'\"".utf8)))),
            ])
        }
        let object = fresh("fzBytes")
        let puts = bytes.enumerated().map { "s at: \($0.offset) Put: \($0.element)" }.joined(separator: ". ")
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                source = ( | s | s: ('' copySize: \(count)). \(puts). s ) |) |).
            \(object) source _EvaluateStringIfFail: [ 'bad bytes' ].
            """
        return Part(code: code)
    }

    /// The same evaluation many times in a loop (each compiles anew), with the
    /// results summed.
    mutating func evaluationInLoop() -> Part {
        let times = random.size(upTo: 500)
        let object = fresh("fzEvalLoop")
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                run = ( | t <- 0 | 0 to: \(times) Do: [| :i | t: t + ('2 + 3' _EvaluateStringIfFail: [ 0 ]) ]. t ) |) |).
            \(check("\(object) run", String(times * 5), "evaluation in a loop"))
            """
        return Part(code: code)
    }

    /// `_RunScript` of a relative file that does not exist (a runtime error),
    /// caught or not.
    mutating func runMissingScript() -> Part {
        let run = "'fz-no-such-script-\(suffix).self' _RunScript"
        if random.chance(1, in: 4) { return Part(code: run + ".") }
        return Part(
            code: check(
                SourceText.quote(run) + " _EvaluateStringIfFail: [ 'missing' ]", "'missing'",
                "missing script"))
    }

    /// A method that restarts itself until its local counter reaches `n`, with the
    /// exit by `^` from an inlined block, or by the loop of the world's `loop`.
    mutating func restartMethod() -> Part {
        let n = random.size(upTo: 100_000) + 1
        let object = fresh("fzRestart")
        let body = random.pick([
            "count: n = ( | i <- 0 | i: i + 1. i >= n ifTrue: [ ^ i ]. _Restart )",
            "count: n = ( | i <- 0 | [ i: i + 1. i >= n ifTrue: [ ^ i ] ] loop )",
            "count: n = ( | i <- 0 | [| :stop | i: i + 1. i >= n ifTrue: [ stop value ] ] loopBreak. i )",
        ])
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable. \(body) |) |).
            \(check("\(object) count: \(n)", String(n), "restart \(n) times"))
            """
        return Part(code: code)
    }

    /// `_Restart` sent in a real block restarts the block; its local counter and a
    /// `^` out of it end the loop.
    mutating func restartBlock() -> Part {
        let n = random.size(upTo: 50_000) + 1
        let object = fresh("fzRestartBlk")
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                count: n = ( | b | b: [| :limit. k <- 0 | k: k + 1. k >= limit ifTrue: [ ^ k ]. _Restart ]. b value: n. 'fell through' ) |) |).
            \(check("\(object) count: \(n)", String(n), "block restarted \(n) times"))
            """
        return Part(code: code)
    }

    /// An evaluated script that restarts its own top level until a lobby counter,
    /// set before the evaluation, reaches `n`.
    mutating func restartEvaluatedTopLevel() -> Part {
        let n = random.size(upTo: 2_000) + 1
        let (slot, add) = lobbySlot("fzRestartTop", initial: "0")
        let inner = "\(slot): \(slot) + 1. \(slot) >= \(n) ifTrue: [ ^ \(slot) ]. _Restart"
        let code =
            add + "\n"
            + check(
                SourceText.quote(inner) + " _EvaluateStringIfFail: [ 'failed' ]", String(n),
                "top level restarted \(n) times")
        return Part(code: code)
    }
}

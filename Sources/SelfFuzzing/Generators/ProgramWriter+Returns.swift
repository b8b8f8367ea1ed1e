/// Non-local returns (language.md §7.7) and block lifetime (§7.3): `^` through many
/// frames, loops and evaluated strings; blocks kept after their home returned, whose
/// `^` must be the runtime error "attempted to non-local return to non-existent
/// activation" and never a crash; closures that outlive their method.
extension ProgramWriter {
    /// One non-local-return scenario.
    mutating func nonLocalReturnPart() -> Part {
        switch random.below(8) {
        case 0: return returnThroughFrames()
        case 1: return deadHome()
        case 2: return closureCounters()
        case 3: return returnFromLoops()
        case 4: return returnThroughEvaluation()
        case 5: return returnFromFailureBlock()
        case 6: return returnFromNestedBlocks()
        default: return topLevelReturn()
        }
    }

    /// A block `[ ^ v ]` made in `home:` and run `depth` frames further down, through
    /// plain recursion, blocks, or world loops; `home:` must answer `v`.
    mutating func returnThroughFrames() -> Part {
        let depth = random.weighted([
            (6, random.int(in: 1...20)), (3, random.int(in: 20...2_000)),
            (1, random.int(in: 2_000...30_000)),
        ])
        let value = random.int(in: 0...1_000_000)
        let runner = random.pick([
            "blk value",
            "1 to: 10 Do: [| :i | i = 3 ifTrue: [ blk value ] ]",
            "[ true ] whileTrue: [ blk value ]",
            "(std vector copy add: 1; add: 2) each: [| :e | blk value ]",
            "[| :exit | blk value ] break",
            "[| :b | blk value ] loopBreak",
            "blk value: 1 With: 2 With: 3",
            "(1 & 2 & 3) asVector each: [| :e. :k | blk value ]",
            "[ blk value ] value",
            "[| :a. :b | blk value ] value: 1 With: 2",
        ])
        let object = fresh("fzNlr")
        let code = """
            lobby _AddSlots: (| \(object) = (|
                parent* = std traits clonable.
                down: n With: blk = ( n = 0 ifTrue: [ \(runner) ] False: [ down: n - 1 With: blk ]. 'fell through' ).
                home: v = ( down: \(depth) With: [ ^ v ]. 'not returned' ).
            |) |).
            \(check("\(object) home: \(value)", String(value), "nlr through \(depth) frames"))
            """
        return Part(code: code)
    }

    /// Blocks whose home activation has returned, run later in several ways: the
    /// `^` in them is a runtime error (sometimes caught by an evaluated string).
    mutating func deadHome() -> Part {
        let object = fresh("fzDead")
        let call = random.pick([
            "\(object) make value",
            "\(object) keep. \(object) stored value",
            "\(object) keep. 1 to: 3 Do: [| :i | \(object) stored value ]",
            "\(object) keep. \(object) runStored",
            "\(object) makeDeep value",
            "\(object) makeWithArg value: 7",
            "(\(object) make) value: 1 With: 2",
            "\(object) keep. \(SourceText.quote("\(object) stored value")) _EvaluateStringIfFail: [ 'caught' ]",
            "\(object) keep. [ \(object) stored value ] value",
            "\(object) inlineHome value",
        ])
        let code = """
            lobby _AddSlots: (| \(object) = (|
                parent* = std traits clonable.
                stored.
                make = ( [ ^ 'too late' ] ).
                makeWithArg = ( [| :x | ^ x ] ).
                makeDeep = ( [ [ [ ^ 'deep too late' ] value ] value ] ).
                keep = ( stored: [ ^ 'stored too late' ]. self ).
                runStored = ( stored value. 'ran' ).
                inlineHome = ( | helper = ( [ ^ 'inline' ] ) | helper ).
            |) |).
            \(call).
            """
        return Part(code: code)
    }

    /// Closures that keep their method's locals alive: counters made by a method
    /// that has returned, run `n` times, and nested closures sharing one variable.
    mutating func closureCounters() -> Part {
        let times = count(upTo: 5_000)
        let step = random.int(in: 1...9)
        let object = fresh("fzClosure")
        let code = """
            lobby _AddSlots: (| \(object) = (|
                parent* = std traits clonable.
                counterStep: s = ( | n <- 0 | [ n: n + s. n ] ).
                pair = ( | shared <- 0 | (std vector copy) add: [ shared: shared + 1 ]; add: [ shared ] ).
                adder: a = ( [| :b | [| :c | a + b + c ] ] ).
            |) |).
            lobby _AddSlots: (| \(object)c <- nil. \(object)p <- nil |).
            \(object)c: (\(object) counterStep: \(step)).
            0 to: \(times) Do: [| :i | \(object)c value ].
            \(check("\(object)c value", String(step * (times + 1)), "closure counter"))
            \(object)p: \(object) pair.
            (\(object)p at: 0) value. (\(object)p at: 0) value.
            \(check("(\(object)p at: 1) value", "2", "shared closure variable"))
            \(check("((\(object) adder: 1) value: 2) value: 3", "6", "nested closures"))
            """
        return Part(code: code)
    }

    /// `^` out of inlined and real loops, out of world iterators (`each:`, `do:`,
    /// `fold:Initial:`, hash tables) and out of a `whileTrue:` condition.
    mutating func returnFromLoops() -> Part {
        let size = count(upTo: 3_000)
        let target = random.int(in: 0...(size + 2))
        let found = target < size ? "true" : "false"
        let object = fresh("fzLoops")
        let code = """
            lobby _AddSlots: (| \(object) = (|
                parent* = std traits clonable.
                items = ( | v | v: std vector copy. 0 to: \(size) Do: [| :i | v add: i ]. v ).
                inlined: x = ( 0 to: \(size) Do: [| :i | i = x ifTrue: [ ^ true ] ]. false ).
                viaEach: x = ( items each: [| :e | e = x ifTrue: [ ^ true ] ]. false ).
                viaWhile: x = ( | i <- 0 | [ i >= \(size) ifTrue: [ false ] False: [ i = x ifTrue: [ ^ true ]. true ] ] whileTrue: [ i: i + 1 ]. false ).
                viaBlock: x = ( | b | b: [| :i | i = x ifTrue: [ ^ true ] ]. 0 to: \(size) Do: b. false ).
                viaFold: x = ( items fold: [| :acc. :e | e = x ifTrue: [ ^ true ]. acc ] Initial: 0. false ).
                viaLoop: x = ( | i <- 0 | [ i >= \(size) ifTrue: [ ^ false ]. i = x ifTrue: [ ^ true ]. i: i + 1 ] loop ).
            |) |).
            \(check("\(object) inlined: \(target)", found, "nlr from to:Do:"))
            \(check("\(object) viaEach: \(target)", found, "nlr from each:"))
            \(check("\(object) viaWhile: \(target)", found, "nlr from whileTrue: condition"))
            \(check("\(object) viaBlock: \(target)", found, "nlr from a real block"))
            \(check("\(object) viaFold: \(target)", found, "nlr from fold:Initial:"))
            \(check("\(object) viaLoop: \(target)", found, "nlr from loop"))
            """
        return Part(code: code)
    }

    /// A block with a `^` is stored in the lobby and run from code evaluated by
    /// `_EvaluateStringIfFail:`, possibly several evaluations deep: the return must
    /// unwind through the evaluations to its home.
    mutating func returnThroughEvaluation() -> Part {
        let depth = random.int(in: 1...6)
        let slot = fresh("fzEvalBlk")
        var inner = "\(slot) value. 'evaluation fell through'"
        for _ in 1..<depth {
            inner = SourceText.quote(inner) + " _EvaluateStringIfFail: [ 'inner failed' ]. 'fell'"
        }
        let object = fresh("fzEvalHome")
        let code = """
            lobby _AddSlots: (| \(slot) <- nil |).
            lobby _AddSlots: (| \(object) = (|
                parent* = std traits clonable.
                home = ( \(slot): [ ^ 'returned home' ]. \(SourceText.quote(inner)) _EvaluateStringIfFail: [ 'failed' ]. 'home fell through' ).
            |) |).
            \(check("\(object) home", "'returned home'", "nlr through \(depth) evaluations"))
            """ + (random.chance(1, in: 3) ? "\n\(slot) value." : "")
        return Part(code: code)
    }

    /// Failure blocks of `_EvaluateStringIfFail:` and of a system-call primitive
    /// that return non-locally from their method.
    mutating func returnFromFailureBlock() -> Part {
        let object = fresh("fzFailRet")
        let bad = random.pick(["1 +", "nosuchSelector\(suffix)", "_Error: 'x'", "(", "1 / 0", "'\\q'"])
        let code = """
            lobby _AddSlots: (| \(object) = (|
                parent* = std traits clonable.
                viaEvaluate = ( \(SourceText.quote(bad)) _EvaluateStringIfFail: [ ^ 'from failure block' ]. 'not failed' ).
                viaOpen = ( _Open: 'fz-missing-\(suffix)/x' WithFlags: 0 IfFail: [| :errno | ^ errno ]. 'opened' ).
            |) |).
            \(check("\(object) viaEvaluate", "'from failure block'", "nlr from evaluate failure block"))
            \(check("\(object) viaOpen", "2", "nlr from open failure block with ENOENT"))
            """
        return Part(code: code)
    }

    /// `^` from a block nested `depth` blocks deep, each run by `value`. Past the
    /// parser's nesting limit (256) it is a parse error, so those run evaluated.
    mutating func returnFromNestedBlocks() -> Part {
        let depth = random.weighted([
            (20, random.int(in: 1...30)), (4, random.int(in: 30...240)),
            (1, random.int(in: 250...600)),
        ])
        var block = "[ ^ \(depth) ]"
        for _ in 0..<depth { block = "[ \(block) value. 'fell' ]" }
        let expression = "(| parent* = std traits clonable. m = ( \(block) value. 'not returned' ) |) m"
        if depth >= 250 { return Part(code: evaluated(expression) + ".") }
        return Part(code: check(expression, String(depth), "nlr from \(depth) nested blocks"))
    }

    /// A `^` in a block at the top level ends the script (or the evaluated string)
    /// with its value; nothing after it runs.
    mutating func topLevelReturn() -> Part {
        let value = random.int(in: 0...999)
        let body = random.pick([
            "[ ^ \(value) ] value. _Error: 'fuzz-check failed: top-level return went on'",
            "1 to: 5 Do: [| :i | i = 2 ifTrue: [ ^ \(value) ] ]. _Error: 'fuzz-check failed: top-level return from loop went on'",
            "(| parent* = lobby. m: b = ( b value ) |) m: [ ^ \(value) ]. _Error: 'fuzz-check failed: top-level return through a method went on'",
        ])
        if random.chance(1, in: 8) {
            // The program's own top level: it ends here, later parts never run.
            return Part(code: body + ".", movable: false)
        }
        return Part(
            code: check(
                SourceText.quote(body) + " _EvaluateStringIfFail: [ 'failed' ]", String(value),
                "top-level return value"))
    }
}

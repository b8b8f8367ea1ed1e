/// Recursion: deep, mutual, through blocks and evaluated strings, up to and beyond
/// the 100,000-activation stack limit (docs/robustness.md), where the VM must raise
/// "Stack overflow" and unwind cleanly so that the program can go on.
extension ProgramWriter {
    /// One recursion scenario.
    mutating func recursionPart() -> Part {
        switch random.weighted([(3, 0), (2, 1), (2, 2), (2, 3), (1, 4), (2, 5), (2, 6)]) {
        case 0: return linearRecursion()
        case 1: return mutualRecursion()
        case 2: return blockRecursion()
        case 3: return recursionThroughEvaluation()
        case 4: return overflowThenContinue()
        case 5: return wideFrameRecursion()
        default: return treeRecursion()
        }
    }

    /// A recursion depth: mostly small, sometimes near or past the stack limit.
    mutating func recursionDepth() -> Int {
        random.weighted([
            (8, random.int(in: 0...100)), (5, random.int(in: 100...10_000)), (3, random.int(in: 10_000...90_000)),
            (1, random.int(in: 99_990...100_010)), (1, random.int(in: 100_010...150_000)),
        ])
    }

    /// Whether a depth is safely below the stack limit (the top level and world
    /// frames count too), so that its result can be checked.
    func safelyBelowLimit(_ depth: Int) -> Bool { depth <= 90_000 }

    /// `sum: n` = n + (n−1) + … + 0 by plain recursion, in one of a few shapes
    /// (inlined conditional, real blocks, `resend`-free delegation to a parent).
    mutating func linearRecursion() -> Part {
        let depth = recursionDepth()
        let object = fresh("fzRec")
        let method = random.pick([
            "sum: n = ( n = 0 ifTrue: [ 0 ] False: [ n + (sum: n - 1) ] )",
            "sum: n = ( | b | b: [ n + (sum: n - 1) ]. n = 0 ifTrue: [ 0 ] False: b )",
            "sum: n = ( n <= 0 ifTrue: [ ^ 0 ]. (sum: n prec) + n )",
            "sum: n = ( n = 0 ifTrue: [ 0 ] False: [ (parentSum: n - 1) + n ] ). parentSum: n = ( sum: n )",
        ])
        let expected = depth * (depth + 1) / 2
        var code = "lobby _AddSlots: (| \(object) = (| parent* = std traits clonable. \(method) |) |).\n"
        if safelyBelowLimit(depth) && !method.contains("parentSum") {
            code += check("\(object) sum: \(depth)", String(expected), "recursion sum to \(depth)")
        } else {
            code += "\(object) sum: \(depth)."
        }
        return Part(code: code)
    }

    /// `isEven:`/`isOdd:` calling each other, on two objects or one.
    mutating func mutualRecursion() -> Part {
        let depth = recursionDepth()
        let a = fresh("fzEven")
        let b = fresh("fzOdd")
        let code = """
            lobby _AddSlots: (| \(a) = (| parent* = std traits clonable.
                isEven: n = ( n = 0 ifTrue: [ true ] False: [ \(b) isOdd: n - 1 ] ) |) |).
            lobby _AddSlots: (| \(b) = (| parent* = std traits clonable.
                isOdd: n = ( n = 0 ifTrue: [ false ] False: [ \(a) isEven: n - 1 ] ) |) |).
            """
        let result = depth % 2 == 0 ? "true" : "false"
        let call =
            safelyBelowLimit(depth)
            ? check("\(a) isEven: \(depth)", result, "mutual recursion \(depth)") : "\(a) isEven: \(depth)."
        return Part(code: code + "\n" + call)
    }

    /// A block that calls itself through a captured variable, or through the
    /// world's `value:With:` arity adaptation.
    mutating func blockRecursion() -> Part {
        let depth = random.weighted([
            (6, random.int(in: 0...1_000)), (2, random.int(in: 1_000...60_000)),
            (1, random.int(in: 99_000...150_000)),
        ])
        let object = fresh("fzBlkRec")
        let shape = random.pick([
            "b: [| :n | n = 0 ifTrue: [ 0 ] False: [ 1 + (b value: n - 1) ] ]. b value: d",
            "b: [| :n | n = 0 ifTrue: [ 0 ] False: [ 1 + (b value: n - 1 With: 'extra') ] ]. b value: d",
            "b: [| :n. :acc | n = 0 ifTrue: [ acc ] False: [ b value: n - 1 With: acc + 1 ] ]. b value: d With: 0",
        ])
        let code =
            "lobby _AddSlots: (| \(object) = (| parent* = std traits clonable. run: d = ( | b | \(shape) ) |) |).\n"
        // Each level is a block activation and, for the arity adaptation, a world
        // method or two more: check only well below the limit.
        if depth <= 30_000 {
            return Part(code: code + check("\(object) run: \(depth)", String(depth), "block recursion \(depth)"))
        }
        return Part(code: code + "\(object) run: \(depth).")
    }

    /// A method that evaluates a string that calls the method again, `depth`
    /// evaluations deep; the innermost fails or overflows, and each level's
    /// failure block answers a marker.
    mutating func recursionThroughEvaluation() -> Part {
        let depth = random.weighted([
            (4, random.int(in: 1...20)), (2, random.int(in: 20...150)),
            (1, random.int(in: 150...600)),
        ])
        let object = fresh("fzEvRec")
        let bottom = random.pick([
            "n", "_Error: 'bottom'", "1 / 0", "nosuch\(suffix)", "(", "\(object) deep: 1000000",
        ])
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                deep: n = ( n = 0 ifTrue: [ 0 ] False: [ 1 + (deep: n - 1) ] ).
                nest: n = ( n = 0 ifTrue: [ \(SourceText.quote(bottom)) _EvaluateStringIfFail: [ 'bottom failed' ] ] False: [
                    ('\(object) nest: ', (n - 1) asString) _EvaluateStringIfFail: [ 'level failed' ] ] ) |) |).
            \(object) nest: \(depth).
            """
        return Part(code: code)
    }

    /// A stack overflow caught by an evaluated string, then recursion and
    /// allocation again in the same program: the unwound stack must be usable.
    mutating func overflowThenContinue() -> Part {
        let object = fresh("fzOver")
        let again = random.int(in: 1_000...80_000)
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                down: n = ( n = 0 ifTrue: [ 0 ] False: [ 1 + (down: n - 1) ] ).
                forever: n = ( 1 + (forever: n + 1) ) |) |).
            \(SourceText.quote(random.chance(1, in: 2) ? "\(object) forever: 0" : "\(object) down: 250000")) _EvaluateStringIfFail: [ nil ].
            \(check("\(object) down: \(again)", String(again), "recursion after a stack overflow"))
            \(check("(std vector copy add: 1; add: 2) size", "2", "allocation after a stack overflow"))
            """
        return Part(code: code)
    }

    /// Tree recursion (`fib:`), shallow but with exponentially many calls and no
    /// loop: only the VM's checks on sends can stop it at the time limit, so a
    /// large argument (rare: it runs into the time limit) tests that they exist.
    mutating func treeRecursion() -> Part {
        let n = random.weighted([(300, random.int(in: 0...20)), (1, random.int(in: 32...40))])
        var (a, b) = (0, 1)
        for _ in 0..<n { (a, b) = (b, a + b) }
        let object = fresh("fzFib")
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                fib: n = ( n < 2 ifTrue: [ n ] False: [ (fib: n - 1) + (fib: n - 2) ] ) |) |).
            \(check("\(object) fib: \(n)", String(a), "fib \(n)"))
            """
        return Part(code: code)
    }

    /// Recursion whose frames are large: many arguments (up to the 128 limit) and
    /// locals, and sometimes one argument too many (a code-generation error).
    mutating func wideFrameRecursion() -> Part {
        let arguments = random.weighted([
            (6, random.int(in: 2...40)), (3, random.int(in: 100...128)),
            (1, random.int(in: 129...140)),
        ])
        let locals = random.int(in: 0...100)
        let depth = random.weighted([
            (30, random.int(in: 1...500)), (6, random.int(in: 500...20_000)),
            (1, random.int(in: 20_000...120_000)),
        ])
        let names = (0..<arguments).map { "a\($0)" }
        let selector = names.enumerated().map { $0.offset == 0 ? "w: \($0.element)" : " W\($0.offset): \($0.element)" }
            .joined()
        let call = names.enumerated().map { index, name in
            (index == 0 ? "w: " : " W\(index): ") + (index == 0 ? "a0 - 1" : name)
        }.joined()
        let first = names.enumerated().map { index, _ in
            (index == 0 ? "w: " : " W\(index): ") + (index == 0 ? String(depth) : String(index))
        }.joined()
        let localList = locals == 0 ? "" : "| " + (0..<locals).map { "l\($0) <- \($0)" }.joined(separator: ". ") + " | "
        let object = fresh("fzWide")
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                \(selector) = ( \(localList)a0 = 0 ifTrue: [ a\(arguments - 1) ] False: [ \(call) ] ) |) |).
            \(object) \(first).
            """
        // Past 128 arguments the whole script fails to compile: keep that evaluated.
        return Part(code: arguments > 128 ? evaluated(code) + "." : code)
    }
}

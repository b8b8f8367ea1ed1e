/// Huge and deep source: integer literals at and past the 63-bit range in every
/// radix, very long strings, parentheses, blocks and object literals nested 10 to
/// 5,000 deep, object literals with hundreds of slots, methods at the argument
/// limits, long `;` chains and unary chains, floats at the fraction limit.
/// Whatever the parser or compiler must refuse is run through
/// `_EvaluateStringIfFail:` (almost always), so that the program goes on.
extension ProgramWriter {
    /// One literal scenario.
    mutating func literalPart() -> Part {
        switch random.below(9) {
        case 0: return integerLiterals()
        case 1: return oversizedIntegerLiteral()
        case 2: return longString()
        case 3: return deepNesting()
        case 4: return manySlots()
        case 5: return longChains()
        case 6: return floatLiterals()
        case 7: return stringEscapes()
        default: return manyStatements()
        }
    }

    /// An edge integer written in a random radix, compared with its decimal form
    /// and with arithmetic on it.
    mutating func integerLiterals() -> Part {
        var lines: [String] = []
        for _ in 0..<random.int(in: 1...6) {
            let value = random.pick(SourceText.edgeIntegers.filter { $0 >= 0 })
            let literal = SourceText.literal(value, &random)
            lines.append(check(literal, String(value), "literal \(literal)"))
        }
        lines.append(check("4611686018427387903 + 0", "0x3FFF_FFFF_FFFF_FFFF", "largest integer"))
        lines.append(check("00x1F", "31", "radix after leading zeros"))
        lines.append(check("0x", "0", "prefix without digits"))
        lines.append(check("3negate", "0 - 3", "literal followed by a unary message"))
        return Part(code: lines.joined(separator: "\n"))
    }

    /// A literal of 2^62 or more: a compile error, evaluated (the failure block
    /// must run), or rarely left in the script itself.
    mutating func oversizedIntegerLiteral() -> Part {
        let literal = random.pick(SourceText.oversizedLiterals)
        let expression = random.pick(["L", "L + 1", "(| a = L |) a", "[ L ] value", "0 - L"])
            .replacing("L", with: literal)
        if random.chance(1, in: 40) { return Part(code: expression + ".", movable: false) }
        return Part(
            code: check(
                SourceText.quote(expression) + " _EvaluateStringIfFail: [ 'refused' ]", "'refused'",
                "oversized literal \(literal) refused"))
    }

    /// A string literal of up to 200,000 bytes in the source, or one of up to 16 MiB
    /// built at run time by repeated concatenation; its size is checked.
    mutating func longString() -> Part {
        if random.chance(1, in: 2) {
            let size = random.size(upTo: 200_000)
            let byte = random.pick(["a", "z", "0", " ", "\\t", "\\x00", "\\xff", "\\'"])
            // Every choice is one byte, escaped or not.
            let text = String(repeating: byte, count: size)
            return Part(code: check("'\(text)' size", String(size), "long string literal"))
        }
        let doublings = random.int(in: 0...24)
        let object = fresh("fzLong")
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                grow: n = ( | s <- 'ab' | s: s copy. 0 to: n Do: [| :i | s: s, s ]. s ) |) |).
            \(check("(\(object) grow: \(doublings)) size", String(2 << doublings), "doubled string size"))
            """
        return Part(code: code)
    }

    /// Parentheses, blocks, object literals or method bodies nested `depth` deep.
    /// The parser's limit is 256 levels; past it the source is evaluated and the
    /// failure block must run.
    mutating func deepNesting() -> Part {
        let depth = random.weighted([
            (6, random.int(in: 10...200)), (3, random.int(in: 240...270)),
            (2, random.int(in: 270...5_000)),
        ])
        let (expression, value) = nested(depth)
        if depth < 240 {
            return Part(code: check(expression, value, "nesting of depth \(depth)"))
        }
        return Part(code: SourceText.quote(expression) + " _EvaluateStringIfFail: [ 'too deep' ].")
    }

    /// An expression nested `depth` levels deep, and what it evaluates to.
    mutating func nested(_ depth: Int) -> (String, String) {
        switch random.below(6) {
        case 0:
            return (String(repeating: "(", count: depth) + "7" + String(repeating: ")", count: depth), "7")
        case 1:
            return (String(repeating: "[ ", count: depth) + "8" + String(repeating: " ] value", count: depth), "8")
        case 2:
            let open = String(repeating: "(| a = ", count: depth)
            let close = String(repeating: " |) a", count: depth)
            return (open + "9" + close, "9")
        case 3:
            return (
                String(repeating: "(1 + ", count: depth) + "0" + String(repeating: ")", count: depth),
                String(depth)
            )
        case 4:
            // Keyword messages nested through lowercase keywords: max: (max: (…)).
            return ("0" + String(repeating: " max: 1", count: depth), "1")
        default:
            // Right-associative chains of one binary selector: 1 + (1 + (…)).
            return (Array(repeating: "1", count: depth + 1).joined(separator: " + "), String(depth + 1))
        }
    }

    /// Object literals with many slots (constant, assignable, methods), at and past
    /// the 255-assignable-slot limit, sent a message that reads the last slot.
    mutating func manySlots() -> Part {
        let kind = random.below(3)
        let count = random.weighted([
            (5, random.int(in: 10...200)), (2, random.int(in: 250...260)),
            (1, random.int(in: 300...3_000)),
        ])
        let slots = (0..<count).map { index -> String in
            switch kind {
            case 0: return "s\(index) = \(index)"
            case 1: return "s\(index) <- \(index)"
            default: return "s\(index) = ( \(index) + 1 )"
            }
        }
        let last = count - 1
        let expected = kind == 2 ? last + 1 : last
        let expression = "(| " + slots.joined(separator: ". ") + " |) s\(last)"
        if kind == 1 && count > 255 {
            return Part(code: SourceText.quote(expression) + " _EvaluateStringIfFail: [ 'too many slots' ].")
        }
        return Part(code: check(expression, String(expected), "object with \(count) slots"))
    }

    /// `;` chains and unary chains thousands long, and a keyword message to each
    /// result: `0 succ; succ; …` counts them.
    mutating func longChains() -> Part {
        let length = random.weighted([(5, random.int(in: 2...300)), (2, random.int(in: 300...5_000))])
        switch random.below(4) {
        case 0:
            let chain = "0 succ" + String(repeating: "; succ", count: length - 1)
            return Part(code: check(chain, String(length), "; chain of \(length)"))
        case 1:
            let chain = "0" + String(repeating: " succ", count: length)
            return Part(code: check(chain, String(length), "unary chain of \(length)"))
        case 2:
            let chain = "''" + String(repeating: "; , 'x'", count: length)
            return Part(code: check("(\(chain)) size", String(length), "; chain of concatenations"))
        default:
            let object = fresh("fzChain")
            let chain = "\(object) copy" + String(repeating: "; add: 1", count: length) + "; size"
            return Part(
                code: "lobby _AddSlots: (| \(object) = std vector copy |).\n"
                    + check(chain, String(length), "; chain of vector adds"))
        }
    }

    /// Float literals: the 9-digit fraction limit, underscores (refused), and the
    /// little a float answers (`_Eq:`, `_Clone`, `_Inspect`, `parent`).
    mutating func floatLiterals() -> Part {
        let digits = random.int(in: 1...12)
        let fraction = String((0..<digits).map { _ in Character(String(random.below(10))) })
        let literal = "\(random.int(in: 0...99_999)).\(fraction)"
        let uses = [
            "\(literal) _Inspect", "\(literal) _Clone", "\(literal) _Eq: \(literal)", "\(literal) parent",
            "\(literal) printLine", "\(literal) + 1", "1 + \(literal)", "1_000.5", "1.5_5", "\(literal) self",
            "\(literal) ifTrue: [ 1 ]",
            "(\(literal) _Eq: \(literal)) ifTrue: [ _Error: 'fuzz-check failed: floats identical' ]",
        ]
        let lines = (0..<random.int(in: 1...4)).map { _ in evaluated(random.pick(uses)) + "." }
        return Part(code: lines.joined(separator: "\n"))
    }

    /// String literals with every escape, and invalid escapes (parse errors,
    /// evaluated), checked by size and bytes.
    mutating func stringEscapes() -> Part {
        var lines = [
            check("'\\n\\r\\t\\\\\\'\\x00\\xFF\\x7f' size", "8", "escaped string size"),
            check("'\\x00\\xff' at: 1", "255", "hex escape"),
            check("'\\xe9t\\xc3\\xa9' size", "4", "non-UTF-8 bytes"),
        ]
        let bad = random.pick(["'\\q'", "'\\x4'", "'\\X41'", "'\\u0041'", "'\\\"'", "'unterminated", "'\\0'"])
        lines.append(check(SourceText.quote(bad) + " _EvaluateStringIfFail: [ 'bad' ]", "'bad'", "invalid escape"))
        return Part(code: lines.joined(separator: "\n"))
    }

    /// A script of thousands of statements, some of them empty-ish, in one string.
    mutating func manyStatements() -> Part {
        let count = random.weighted([(6, random.int(in: 10...1_000)), (1, random.int(in: 1_000...20_000))])
        let slot = fresh("fzStmts")
        let statements = String(repeating: "\(slot): \(slot) + 1.\n", count: count)
        let code =
            "lobby _AddSlots: (| \(slot) <- 0 |).\n" + statements
            + check(slot, String(count), "\(count) statements")
        // Past about 16,000 statements the body exceeds the compiler's 50,000
        // expressions: a code-generation error, so evaluated.
        return Part(code: count > 12_000 ? evaluated(code) + "." : code)
    }
}

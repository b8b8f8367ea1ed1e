/// Programs for the `generate` family: random but mostly valid Self scripts, each a
/// few *parts* run one after the other. A part is one scenario from a template with
/// random parameters (non-local returns, recursion, redefined inlined selectors,
/// huge literals, deep object graphs, arithmetic at the edges, nested evaluation,
/// `_Restart`, parent cycles) or a random object with methods from the expression
/// grammar (`ExpressionGrammar`). A part may run at the top level, inside a method,
/// or inside `_EvaluateStringIfFail:`, so that a runtime error in it ends the
/// program only sometimes.
///
/// Parts that know their result check it: a wrong answer raises
/// `_Error: 'fuzz-check failed: …'`, which shows in the worker's error output
/// (grep for `fuzz-check`). Slots added to the lobby, which outlives the program,
/// carry a random suffix.
public enum ProgramGenerator {
    /// One complete script.
    public static func program(_ random: inout FuzzRandom) -> String {
        var writer = ProgramWriter(random: random)
        let text = writer.program()
        random = writer.random
        return text
    }
}

/// A scenario's source: top-level statements, and how it may be placed.
struct Part {
    /// The statements (each already ends with a period, or the text is one body).
    var code: String
    /// Whether the part may be run inside `_EvaluateStringIfFail:` or a method body
    /// (false for parts that must be top-level statements of the script itself).
    var movable: Bool
    /// The template that made it (the function's name), written as a comment
    /// before the part so that a program shows where each piece came from.
    var template: String

    /// A part; `template` defaults to the name of the function that makes it.
    init(code: String, movable: Bool = true, template: String = #function) {
        self.code = code
        self.movable = movable
        self.template = template
    }
}

/// The state of writing one program: the random numbers, the program's name suffix
/// and a counter for fresh names.
struct ProgramWriter {
    /// The program's random numbers.
    var random: FuzzRandom
    /// The suffix of every name this program adds to the lobby.
    let suffix: String
    /// Fresh-name counter.
    var counter = 0

    /// A writer drawing from `random`, with a fresh name suffix.
    init(random: FuzzRandom) {
        self.random = random
        suffix = SourceText.suffix(&self.random)
    }

    /// A name nobody else uses: `base`, this program's suffix and a counter.
    mutating func fresh(_ base: String) -> String {
        counter += 1
        return base + suffix + String(counter)
    }

    /// The whole script: one to five parts, sometimes followed by an unterminated
    /// comment (which swallows nothing after it, since it comes last).
    mutating func program() -> String {
        var sections = ["\"fuzz generate \(suffix)\""]
        let count = random.weighted([(5, 1), (6, 2), (3, 3), (1, 4), (1, 5)])
        for _ in 0..<count {
            sections.append(place(part()))
        }
        if random.chance(1, in: 60) { sections.append("\"an unterminated comment at the end") }
        return sections.joined(separator: "\n") + "\n"
    }

    /// One part from a template family, by weight.
    mutating func part() -> Part {
        switch random.weighted([
            (14, 0), (10, 1), (12, 2), (9, 3), (10, 4), (10, 5), (9, 6), (4, 7), (14, 8), (4, 9),
        ]) {
        case 0: return nonLocalReturnPart()
        case 1: return recursionPart()
        case 2: return redefinitionPart()
        case 3: return literalPart()
        case 4: return graphPart()
        case 5: return arithmeticPart()
        case 6: return evaluationPart()
        case 7: return restartPart()
        case 8: return grammarPart()
        default: return lookupPart()
        }
    }

    /// Puts a part at the top level, in a method of a throw-away object, or in an
    /// evaluated string (once or twice nested), so that its errors end the program
    /// only sometimes; a comment names its template.
    mutating func place(_ part: Part) -> String {
        "\"\(part.template.prefix { $0 != "(" })\"\n" + placed(part)
    }

    /// The part's code at the top level, in a method or evaluated.
    mutating func placed(_ part: Part) -> String {
        guard part.movable else { return part.code }
        switch random.weighted([(5, 0), (5, 1), (2, 2), (1, 3)]) {
        case 0:
            return part.code
        case 1:
            return evaluated(part.code) + "."
        case 2:
            return evaluated(evaluated(part.code) + ".") + "."
        default:
            // In a method: implicit receivers are the object, which inherits the
            // lobby, so that sends still reach the world.
            return "(| parent* = lobby. fzRun = (\n" + SourceText.indent(part.code) + "\n) |) fzRun."
        }
    }

    /// `code` run by `_EvaluateStringIfFail:`, with a failure object of one of the
    /// shapes the primitive accepts (a block, a non-block, a block taking arguments).
    mutating func evaluated(_ code: String) -> String {
        let failure = random.weighted([
            (6, "[ nil ]"), (1, "[ 'recovered' ]"), (1, "3"), (1, "[| :a | a ]"), (1, "nil"),
        ])
        return SourceText.quote(code) + " _EvaluateStringIfFail: " + failure
    }

    /// A statement that prints `fuzz-check failed: label` on standard output (the
    /// worker keeps no runtime-error reports) and raises it as an error, unless
    /// the two expressions are `=`.
    func check(_ actual: String, _ expected: String, _ label: String) -> String {
        let message = SourceText.quote("fuzz-check failed: " + label)
        return "((\(actual)) = (\(expected))) ifFalse: [ \(message) printLine. _Error: \(message) ]."
    }

    /// A lobby slot (assignable, initially nil) with a fresh name, and the statement
    /// that adds it.
    mutating func lobbySlot(_ base: String, initial: String = "nil") -> (name: String, statement: String) {
        let name = fresh(base)
        return (name, "lobby _AddSlots: (| \(name) <- \(initial) |).")
    }

    /// A repetition count on a log scale up to `limit`, at least 1.
    mutating func count(upTo limit: Int) -> Int {
        max(1, random.size(upTo: limit))
    }
}

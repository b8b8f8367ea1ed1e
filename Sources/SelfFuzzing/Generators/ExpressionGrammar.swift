/// A random expression grammar with depth limits, for the `generate` family: an
/// object whose methods have random bodies (locals of several kinds, assignments,
/// bounded loops, conditionals, closures, `^` out of blocks, calls between the
/// methods guarded by a fuel argument), then sent a few messages.
///
/// Expressions are typed loosely so that most programs run: each is made for one
/// `ValueKind`, and only now and then (`mistakeOdds`) is an operand of the wrong
/// kind, which is a runtime error. Loops have small literal bounds and methods are
/// called only outside loops, so a program's cost stays bounded.
extension ProgramWriter {
    /// What an expression evaluates to.
    enum ValueKind: CaseIterable {
        case integer, string, boolean, vector, object
    }

    /// What the grammar may refer to where it writes an expression.
    struct Scope {
        /// Readable variables and their kinds.
        var variables: [(name: String, kind: ValueKind)] = []
        /// Variables statements may assign (loop counters are left out).
        var assignable: Set<String> = []
        /// The kind the enclosing method answers: `^ e` in a block must match it.
        var returnKind: ValueKind?
        /// Whether code here is inside a block (where `^` may be written).
        var inBlock = false
        /// Whether code here is inside a loop (no method calls there).
        var inLoop = false
        /// The methods of the object: selector prefix, argument kind, result kind.
        var methods: [(name: String, argument: ValueKind, result: ValueKind)] = []
        /// Nesting of loops, for the names of their variables.
        var loopDepth = 0

        /// The variables of one kind.
        func named(_ kind: ValueKind) -> [String] { variables.filter { $0.kind == kind }.map(\.name) }
    }

    /// In how many operands one is of the wrong kind (a runtime error to be).
    var mistakeOdds: Int { 60 }

    /// A random object with methods, added to the lobby and sent a few of them.
    mutating func grammarPart() -> Part {
        let object = fresh("fzGram")
        let count = random.int(in: 1...5)
        var methods: [(name: String, argument: ValueKind, result: ValueKind)] = []
        for index in 0..<count {
            methods.append(("m\(index)", random.pick(ValueKind.allCases), random.pick(ValueKind.allCases)))
        }
        var slots = ["parent* = std traits clonable", "fzField <- 0", "fzText <- 'field'"]
        for method in methods {
            slots.append(methodSource(method, all: methods))
        }
        var lines = [
            "lobby _AddSlots: (| \(object) = (|\n" + SourceText.indent(slots.joined(separator: ".\n"))
                + "\n|) |)."
        ]
        for _ in 0..<random.int(in: 1...4) {
            let method = random.pick(methods)
            let fuel = random.weighted([(6, random.int(in: 0...4)), (1, random.int(in: 5...7))])
            let argument = expression(method.argument, depth: 2, Scope())
            let send = "\(object) \(method.name): \(fuel) X: \(argument)"
            let printable = method.result != .object
            lines.append(printable && random.chance(1, in: 3) ? "(\(send)) asString printLine." : send + ".")
        }
        return Part(code: lines.joined(separator: "\n"))
    }

    /// One method `mI: fuel X: x` with locals of several kinds and a random body
    /// that ends with an expression of the method's result kind.
    mutating func methodSource(
        _ method: (name: String, argument: ValueKind, result: ValueKind),
        all: [(name: String, argument: ValueKind, result: ValueKind)]
    ) -> String {
        var scope = Scope()
        scope.returnKind = method.result
        scope.methods = all
        scope.variables = [("fuel", .integer), ("x", method.argument), ("fzField", .integer), ("fzText", .string)]
        scope.assignable = ["x", "fzField", "fzText"]
        var locals: [String] = []
        var setup: [String] = []
        for index in 0..<random.int(in: 0...4) {
            let kind = random.pick(ValueKind.allCases)
            let name = "l\(index)"
            switch kind {
            case .integer: locals.append("\(name) <- \(random.int(in: 0...50))")
            case .string: locals.append("\(name) <- 'loc\(index)'")
            case .boolean: locals.append("\(name) <- true")
            case .vector, .object:
                locals.append(name)
                setup.append("\(name): \(freshValue(kind))")
            }
            scope.variables.append((name, kind))
            scope.assignable.insert(name)
        }
        var statements = setup
        for _ in 0..<random.int(in: 1...5) { statements.append(statement(depth: 3, scope)) }
        statements.append(expression(method.result, depth: 3, scope))
        let localList = locals.isEmpty ? "" : "| " + locals.joined(separator: ". ") + " | "
        return "\(method.name): fuel X: x = ( \(localList)" + statements.joined(separator: ".\n        ") + " )"
    }

    /// A new value of a kind that needs more than a literal.
    mutating func freshValue(_ kind: ValueKind) -> String {
        switch kind {
        case .vector: return random.pick(["std vector copy", "(1 & 2 & 3) asVector", "(std vector copy add: 0)"])
        case .object: return "(| parent* = std traits clonable. fzA <- \(random.int(in: 0...9)). fzB <- 'b' |)"
        case .integer: return String(random.int(in: 0...9))
        case .string: return "'s'"
        case .boolean: return "false"
        }
    }

    /// One statement.
    mutating func statement(depth: Int, _ scope: Scope) -> String {
        let assignable = scope.variables.filter { scope.assignable.contains($0.name) }
        var choices: [(Int, Int)] = [(4, 0), (1, 6)]
        if depth > 0 { choices += [(2, 1), (2, 2), (1, 3), (2, 4), (1, 5)] }
        if !scope.named(.vector).isEmpty { choices.append((1, 7)) }
        if scope.inBlock && scope.returnKind != nil { choices.append((1, 8)) }
        switch random.weighted(choices) {
        case 0 where !assignable.isEmpty:
            let target = random.pick(assignable)
            return "\(target.name): \(expression(target.kind, depth: depth, scope))"
        case 1:
            return conditionalStatement(depth: depth, scope)
        case 2 where !scope.inLoop || scope.loopDepth < 2:
            return loopStatement(depth: depth, scope)
        case 3:
            // A closure kept in a local for a moment, then run.
            var inner = scope
            inner.inBlock = true
            let argument = expression(.integer, depth: 1, scope)
            return "[| :y | \(statement(depth: depth - 1, inner)). y ] value: \(argument)"
        case 4:
            return expression(random.pick(ValueKind.allCases), depth: depth, scope)
        case 5:
            // Source built from the grammar (no locals: it runs with the lobby).
            let source = expression(random.pick(ValueKind.allCases), depth: 2, Scope())
            return "\(SourceText.quote(source)) _EvaluateStringIfFail: [ nil ]"
        case 7:
            return "\(random.pick(scope.named(.vector))) add: \(expression(.integer, depth: depth - 1, scope))"
        case 8:
            return
                "\(expression(.boolean, depth: 1, scope)) ifTrue: [ ^ \(expression(scope.returnKind!, depth: 1, scope)) ]"
        default:
            return random.chance(1, in: 10) ? "(\(expression(.string, depth: 1, scope))) _Inspect" : "nil"
        }
    }

    /// `ifTrue:False:` (or a one-armed form) with statement lists in its blocks.
    mutating func conditionalStatement(depth: Int, _ scope: Scope) -> String {
        var inner = scope
        inner.inBlock = true
        let condition = expression(.boolean, depth: depth - 1, scope)
        let yes = statement(depth: depth - 1, inner)
        let no = statement(depth: depth - 1, inner)
        return random.pick([
            "\(condition) ifTrue: [ \(yes) ] False: [ \(no) ]", "\(condition) ifTrue: [ \(yes) ]",
            "\(condition) ifFalse: [ \(no) ]", "\(condition) ifFalse: [ \(no) ] True: [ \(yes) ]",
        ])
    }

    /// A loop with a small literal bound: `to:Do:`, `whileTrue:` on a counter
    /// that the body cannot assign, or a vector's `each:`.
    mutating func loopStatement(depth: Int, _ scope: Scope) -> String {
        var inner = scope
        inner.inBlock = true
        inner.inLoop = true
        inner.loopDepth += 1
        let index = "i\(inner.loopDepth)"
        inner.variables.append((index, .integer))
        let bound = random.weighted([(5, random.int(in: 0...10)), (1, random.int(in: 10...40))])
        let body = (0..<random.int(in: 1...3)).map { _ in statement(depth: depth - 1, inner) }
            .joined(separator: ". ")
        switch random.below(3) {
        case 0:
            return "0 to: \(bound) Do: [| :\(index) | \(body) ]"
        case 1:
            // The counter is a block local the body can read but not assign.
            return "[| \(index) <- 0 | [ \(index) < \(bound) ] whileTrue: [ \(body). \(index): \(index) + 1 ] ] value"
        default:
            return "((0 & 1 & 2) asVector) each: [| :\(index) | \(body) ]"
        }
    }

    /// An expression of `kind`, at most `depth` levels deep.
    mutating func expression(_ kind: ValueKind, depth: Int, _ scope: Scope) -> String {
        if random.chance(1, in: mistakeOdds) {
            // Now and then a value of another kind: a runtime error to be.
            return leaf(random.pick(ValueKind.allCases), scope)
        }
        if depth <= 0 || random.chance(1, in: 3) { return leaf(kind, scope) }
        switch kind {
        case .integer: return integerExpression(depth: depth - 1, scope)
        case .string: return stringExpression(depth: depth - 1, scope)
        case .boolean: return booleanExpression(depth: depth - 1, scope)
        case .vector: return vectorExpression(depth: depth - 1, scope)
        case .object: return objectExpression(depth: depth - 1, scope)
        }
    }

    /// A literal or a variable of `kind`.
    mutating func leaf(_ kind: ValueKind, _ scope: Scope) -> String {
        let variables = scope.named(kind)
        if !variables.isEmpty && random.chance(1, in: 2) { return random.pick(variables) }
        switch kind {
        case .integer:
            return random.chance(1, in: 8)
                ? SourceText.integer(random.pick(SourceText.edgeIntegers))
                : String(random.int(in: 0...100))
        case .string: return random.pick(["''", "'a'", "'hello'", "'x y z'", "'\\x00\\xff'", "'123'"])
        case .boolean: return random.pick(["true", "false"])
        case .vector, .object: return "(\(freshValue(kind)))"
        }
    }

    /// An integer expression one level down.
    mutating func integerExpression(depth: Int, _ scope: Scope) -> String {
        let a = expression(.integer, depth: depth, scope)
        switch random.below(12) {
        case 0, 1:
            let op = random.pick(["+", "-", "*"])
            return "(\(a) \(op) \(expression(.integer, depth: depth, scope)))"
        case 2:
            let divisor =
                random.chance(1, in: 6) ? expression(.integer, depth: depth, scope) : String(random.int(in: 1...9))
            return "(\(a) \(random.pick(["/", "%"])) \(divisor))"
        case 3:
            return
                "(\(a) \(random.pick(["max:", "min:", "bitAnd:", "bitOr:", "bitXor:"])) \(expression(.integer, depth: depth, scope)))"
        case 4: return "(\(a) \(random.pick(["<<", ">>"])) \(random.int(in: 0...8)))"
        case 5: return "\(a) \(random.pick(["abs", "succ", "prec", "negate"]))"
        case 6: return "(\(expression(.string, depth: depth, scope)) size)"
        case 7:
            return
                "(\(expression(.boolean, depth: depth, scope)) ifTrue: [ \(a) ] False: [ \(expression(.integer, depth: depth, scope)) ])"
        case 8: return "([| :z | z + \(a) ] value: \(expression(.integer, depth: depth, scope)))"
        case 9: return methodCall(.integer, depth: depth, scope) ?? "(\(a) asString size)"
        case 10: return "(\(expression(.vector, depth: depth, scope)) size)"
        default: return "(\(expression(.object, depth: depth, scope)) fzA)"
        }
    }

    /// A string expression one level down.
    mutating func stringExpression(depth: Int, _ scope: Scope) -> String {
        let s = expression(.string, depth: depth, scope)
        switch random.below(8) {
        case 0, 1: return "(\(s) , \(expression(.string, depth: depth, scope)))"
        case 2: return "(\(expression(.integer, depth: depth, scope)) asString)"
        case 3: return "(\(s) copySize: \(random.int(in: 0...12)))"
        case 4: return "\(s) reverse"
        case 5: return "(\(expression(.boolean, depth: depth, scope)) asString)"
        case 6: return methodCall(.string, depth: depth, scope) ?? "(\(s) copy)"
        default: return "(\(expression(.vector, depth: depth, scope)) asString)"
        }
    }

    /// A boolean expression one level down.
    mutating func booleanExpression(depth: Int, _ scope: Scope) -> String {
        switch random.below(7) {
        case 0, 1:
            let op = random.pick(["<", ">", "=", "<=", ">=", "!="])
            return "(\(expression(.integer, depth: depth, scope)) \(op) \(expression(.integer, depth: depth, scope)))"
        case 2: return "(\(expression(.string, depth: depth, scope)) = \(expression(.string, depth: depth, scope)))"
        case 3: return "\(expression(.boolean, depth: depth, scope)) not"
        case 4:
            let op = random.pick(["&&", "||"])
            return
                "(\(expression(.boolean, depth: depth, scope)) \(op) [ \(expression(.boolean, depth: depth, scope)) ])"
        case 5: return "(\(expression(.vector, depth: depth, scope)) isEmpty)"
        default:
            return methodCall(.boolean, depth: depth, scope) ?? "(\(leaf(.object, scope)) == \(leaf(.object, scope)))"
        }
    }

    /// A vector expression one level down.
    mutating func vectorExpression(depth: Int, _ scope: Scope) -> String {
        switch random.below(3) {
        case 0:
            return
                "(\(expression(.vector, depth: depth, scope)) copy add: \(expression(.integer, depth: depth, scope)))"
        case 1: return methodCall(.vector, depth: depth, scope) ?? "(\(freshValue(.vector)))"
        default:
            return
                "((\(expression(.integer, depth: depth, scope)) & \(expression(.integer, depth: depth, scope))) asVector)"
        }
    }

    /// An object expression one level down.
    mutating func objectExpression(depth: Int, _ scope: Scope) -> String {
        switch random.below(3) {
        case 0: return "(\(expression(.object, depth: depth, scope)) clone)"
        case 1: return "(\(expression(.object, depth: depth, scope)) fzA: \(expression(.integer, depth: depth, scope)))"
        default: return methodCall(.object, depth: depth, scope) ?? "(\(freshValue(.object)))"
        }
    }

    /// A call of one of the object's methods answering `kind`, guarded by the
    /// fuel argument, or nil when there is none or the code is in a loop.
    mutating func methodCall(_ kind: ValueKind, depth: Int, _ scope: Scope) -> String? {
        guard !scope.inLoop, !scope.named(.integer).isEmpty, scope.variables.contains(where: { $0.name == "fuel" })
        else { return nil }
        let candidates = scope.methods.filter { $0.result == kind }
        guard !candidates.isEmpty else { return nil }
        let method = random.pick(candidates)
        let argument = expression(method.argument, depth: depth, scope)
        let fallback = leaf(kind, scope)
        return "(fuel > 0 ifTrue: [ \(method.name): fuel - 1 X: \(argument) ] False: [ \(fallback) ])"
    }
}

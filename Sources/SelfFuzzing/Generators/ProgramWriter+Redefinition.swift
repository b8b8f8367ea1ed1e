/// Redefinition of the selectors the compiler inlines (docs/bytecode.md,
/// "Inlining"): `ifTrue:False:` and friends, `whileTrue:`, `to:Do:`, the arithmetic
/// operators and `value`, defined on program objects, sent to receivers of the
/// wrong kind, and redefined in the world's own traits while loops that inline
/// them run. Parent slots are assigned and traits extended with `_AddSlots:` in the
/// middle of loops, so that inline caches must notice.
///
/// Definitions added to the world (`true`, `false`, the integer and block traits)
/// keep the world's meaning exactly, because the lobby and the world outlive the
/// program: they only trip the inlining guards for the rest of the VM's life.
extension ProgramWriter {
    /// One redefinition scenario.
    mutating func redefinitionPart() -> Part {
        switch random.below(7) {
        case 0: return selectorsOnProgramObject()
        case 1: return inlinedSelectorsOnWrongReceivers()
        case 2: return worldRedefinitionInLoop()
        case 3: return parentAssignmentInLoop()
        case 4: return traitsGrowingInLoop()
        case 5: return objectInheritingIntegerTraits()
        default: return valueStandIns()
        }
    }

    /// An object answering the inlined selectors itself: literal blocks sent to it
    /// must reach its methods, not the inlined code.
    mutating func selectorsOnProgramObject() -> Part {
        let object = fresh("fzBoolish")
        let k = random.int(in: 0...1_000)
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                ifTrue: t False: f = ( \(k) ).
                ifTrue: t = ( \(k + 1) ).
                ifFalse: f = ( f value + 1 ).
                ifFalse: f True: t = ( 'swapped' ).
                whileTrue: b = ( 'while' ).
                whileFalse: b = ( b value ).
                to: e Do: b = ( b value: e ).
                + n = ( n * 2 ).
                - n = ( 'minus' ).
                < n = ( true ).
                = n = ( false ).
                value = ( 'my value' ) |) |).
            \(check("\(object) ifTrue: [ 1 ] False: [ 2 ]", String(k), "ifTrue:False: on an object"))
            \(check("\(object) ifTrue: [ 1 ]", String(k + 1), "ifTrue: on an object"))
            \(check("\(object) ifFalse: [ 41 ]", "42", "ifFalse: on an object"))
            \(check("\(object) ifFalse: [ 1 ] True: [ 2 ]", "'swapped'", "ifFalse:True: on an object"))
            \(check("[ \(object) ] value ifTrue: [ 1 ] False: [ 2 ]", String(k), "conditional on a block result"))
            \(check("\(object) whileTrue: [ 1 ]", "'while'", "whileTrue: on an object"))
            \(check("\(object) to: 9 Do: [| :i | i * 3 ]", "27", "to:Do: on an object"))
            \(check("\(object) + 21", "42", "+ on an object"))
            \(check("\(object) - 1", "'minus'", "- on an object"))
            \(check("(\(object) < 3) ifTrue: [ 'lt' ] False: [ 'ge' ]", "'lt'", "< on an object"))
            \(check("(\(object) = \(object)) ifTrue: [ 'eq' ] False: [ 'ne' ]", "'ne'", "= on an object"))
            \(check("true ifTrue: \(object) False: 3", "'my value'", "value on an object as a branch"))
            """
        return Part(code: code)
    }

    /// Inlined conditionals and loops with receivers or bounds of the wrong kind:
    /// the fallback sends, and their errors (each statement evaluated on its own so
    /// that every one runs).
    mutating func inlinedSelectorsOnWrongReceivers() -> Part {
        let receivers = ["3", "nil", "'abc'", "1.5", "(| |)", "[ true ]", "std vector", "(0 - 1)", "lobby"]
        let forms = [
            "R ifTrue: [ 1 ] False: [ 2 ]", "R ifTrue: [ 1 ]", "R ifFalse: [ 2 ]", "R ifFalse: [ 1 ] True: [ 2 ]",
            "[ R ] whileTrue: [ 1 ]", "[ R ] whileFalse: [ 1 ]", "1 to: R Do: [| :i | i ]",
            "R to: 3 Do: [| :i | i ]", "R + 1", "1 + R", "R < 2", "2 < R", "R = 1", "1 = R", "(R) value",
            "[ R ] value ifTrue: [ 1 ]", "R && [ true ]", "R || [ false ]", "R not",
            // There is no resend syntax: `resend` is an ordinary message.
            "R resend", "resend", "(| parent* = lobby. resend = ( 3 ) |) resend ifTrue: [ 1 ]",
        ]
        var lines: [String] = []
        for _ in 0..<random.int(in: 1...6) {
            let form = random.pick(forms).replacing("R", with: random.pick(receivers))
            lines.append(random.chance(3, in: 4) ? evaluated(form) + "." : form + ".")
        }
        return Part(code: lines.joined(separator: "\n"))
    }

    /// A definition with the world's own meaning, added to the world while an
    /// inlined loop runs: the loop's result must not change.
    mutating func worldRedefinitionInLoop() -> Part {
        let definition = random.pick([
            "true _AddSlots: (| ifTrue: t False: f = (t value) |)",
            "false _AddSlots: (| ifTrue: t False: f = (f value) |)",
            "true _AddSlots: (| ifTrue: t = (t value). ifFalse: f = (nil) |)",
            "false _AddSlots: (| ifTrue: t = (nil). ifFalse: f = (f value) |)",
            "false _AddSlots: (| ifFalse: f True: t = (f value) |)",
            "std traits integer _AddSlots: (| + n = (_IntAdd: n) |)",
            "std traits integer _AddSlots: (| + n = ( | r | r: (_IntAdd: n). r ) |)",
            "std traits integer _AddSlots: (| < n = (_IntLT: n). = n = (_IntEq: n) |)",
            "std traits integer _AddSlots: (| - n = ((_IntSub: n) + 0) |)",
            "std traits integer _AddSlots: (| to: upper Do: blk = ( | i | i: self. [ i < upper ] whileTrue: [ blk value: i. i: i + 1 ]. nil ) |)",
            "std traits block _AddSlots: (| whileTrue: body = ( value ifFalse: [ ^ nil ]. body value: [ ^ nil ]. _Restart ) |)",
            "std traits block _AddSlots: (| whileFalse: body = ( value ifTrue: [ ^ nil ]. body value: [ ^ nil ]. _Restart ) |)",
            "std traits block _AddSlots: (| value = (self) |)",
        ])
        let n = count(upTo: 2_000)
        let at = random.int(in: 0...n)
        let loop = random.pick([
            "0 to: \(n) Do: [| :i | i = \(at) ifTrue: [ REDEFINE ]. acc: acc + i ]",
            "[ k < \(n) ] whileTrue: [ k = \(at) ifTrue: [ REDEFINE ]. acc: acc + k. k: k + 1 ]",
            "0 to: \(n) Do: [| :i | (i < \(at)) ifFalse: [ i = \(at) ifTrue: [ REDEFINE ] ]. acc: acc + (i - 0) ]",
        ]).replacing("REDEFINE", with: definition)
        let object = fresh("fzRedef")
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                run = ( | acc <- 0. k <- 0 | \(loop). acc ) |) |).
            \(check("\(object) run", String((n - 1) * n / 2), "loop sum across a world redefinition"))
            \(check("\(object) run", String((n - 1) * n / 2), "loop sum after a world redefinition"))
            """
        return Part(code: code)
    }

    /// A child whose assignable parent is switched between two objects inside a
    /// loop: each send must see the current parent.
    mutating func parentAssignmentInLoop() -> Part {
        let n = count(upTo: 5_000)
        let object = fresh("fzSwitch")
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                a = (| parent* = std traits clonable. val = ( 1 ). ifTrue: t False: f = ( 'a' ) |).
                b = (| parent* = std traits clonable. val = ( 2 ). ifTrue: t False: f = ( 'b' ) |).
                child = (| p* <- nil |).
                run = ( | c. acc <- 0 | c: child clone. c p: a.
                    0 to: \(n) Do: [| :i |
                        acc: acc + c val.
                        (c ifTrue: [ 0 ] False: [ 0 ]) = 'a' ifTrue: [ c p: b ] False: [ c p: a ] ].
                    acc ) |) |).
            \(check("\(object) run", String(n + n / 2), "parent switching sum"))
            """
        return Part(code: code)
    }

    /// A traits object gains a method in the middle of a loop over its children,
    /// with `_AddSlots:`, replacing an inherited one: later turns see it.
    mutating func traitsGrowingInLoop() -> Part {
        let n = count(upTo: 2_000)
        let at = random.int(in: 0...n)
        let object = fresh("fzGrow")
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable.
                base = (| parent* = std traits clonable. val = ( 1 ) |).
                traits = (| parent* = std traits clonable |).
                run = ( | t. o. acc <- 0 | t: traits clone. t _AddSlots: (| base* = base |).
                    o: (| parent* = nil |) clone. o _AddSlots: (| parent* = t |).
                    0 to: \(n) Do: [| :i |
                        i = \(at) ifTrue: [ t _AddSlots: (| val = ( 3 ) |) ].
                        acc: acc + o val ].
                    acc ) |) |).
            \(check("\(object) run", String(at + (n - at) * 3), "traits grown in a loop"))
            """
        return Part(code: code)
    }

    /// A slots object inheriting the integer traits: the world's integer methods
    /// run on it, and their primitives fail with type errors; inlined arithmetic
    /// and `to:Do:` must fall back to real sends.
    mutating func objectInheritingIntegerTraits() -> Part {
        let form = random.pick([
            "O + 1", "1 + O", "O < 3", "O to: 3 Do: [| :i | i ]", "1 to: O Do: [| :i | i ]", "O succ",
            "O asString", "O max: 3", "O ** 2", "O bitLength", "O = O", "O abs", "O through: 2 Do: [ nil ]",
        ]).replacing("O", with: "(| parent* = std traits integer |)")
        return Part(code: evaluated(form) + "." + (random.chance(1, in: 3) ? "\n" + form + "." : ""))
    }

    /// Objects with their own `value` (or none) passed where blocks are expected:
    /// loop bodies, conditions, `IfFail:` arguments.
    mutating func valueStandIns() -> Part {
        let object = fresh("fzValue")
        let code = """
            lobby _AddSlots: (| \(object) = (| parent* = std traits clonable. n <- 0.
                value = ( n: n + 1. n < 4 ) |) |).
            [ \(object) value ] whileTrue: [ nil ].
            \(check("\(object) n", "4", "whileTrue: with a value object"))
            \(check("true ifTrue: 5 False: 6", "5", "non-block branches"))
            \(check("'1 +' _EvaluateStringIfFail: 7", "7", "integer as failure object"))
            \(check("(_Open: 'fz-missing-\(suffix)/y' WithFlags: 0 IfFail: 8)", "8", "integer as IfFail: object"))
            \(check("(| parent* = lobby. m = ( | b | b: [| :x. :y | x ]. (b value: 3) == b ) |) m", "true", "block with too few arguments answers itself"))
            """
        return Part(code: code)
    }
}

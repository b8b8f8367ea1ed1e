/// Readable listings of compiled code (`self --dump-bytecode`).
public enum Disassembler {
    /// One instruction, as `op A B C` with the operands it uses; `next` is the word
    /// after it (the extension of a two-word instruction).
    public static func describe(_ word: UInt64, next: UInt64 = 0) -> String {
        let op = Instruction.op(word)
        let a = Instruction.a(word)
        let b = Instruction.b(word)
        let c = Instruction.c(word)
        let operands: String =
            switch op {
            case .move: "r\(a) r\(b)"
            case .loadInteger: "r\(a) \(c)"
            case .loadConstant: "r\(a) K\(b)"
            case .loadString: "r\(a) string\(b)"
            case .loadFloat: "r\(a) \(Double(bitPattern: next))"
            case .getContext, .setContext: "r\(a) depth \(b) var \(c)"
            case .loadContext: "r\(a) depth \(b)"
            case .pushContext: "\(c) vars"
            case .makeObject: "r\(a) template\(b)"
            case .makeMethod, .makeBlock: "r\(a) K\(b)"
            case .makeLazyBlock: "r\(a) lazy\(b)"
            case .send: c == 1 ? "r\(a) = self S\(b)" : c > 1 ? "r\(a) = r\(c - 1) S\(b)" : "r\(a) S\(b)"
            case .invoke: "r\(a) args \(c)"
            case .primitive: "r\(a) \(PrimitiveTable.names[b]) args \(c)"
            case .returnValue, .nonLocalReturn: "r\(a)"
            case .restart, .compileMethod: ""
            case .jump: "\(c)"
            case .jumpIfFalse: "r\(a) guard \(b) \(c)"
            case .jumpIfGuarded: "guard \(b) \(c)"
            case .fail: "string\(b)"
            case .jumpIfNotIntegers: "r\(a) \(c)"
            case .jumpIfNotLess, .forLoop: "r\(a)\(b == 1 ? " inclusive" : "") \(c)"
            case .arithmeticBlock: "\(a) words, end +\(c)"
            case .add, .subtract, .multiply, .lessThan, .greaterThan, .equal, .divide, .modulo, .lessOrEqual,
                .greaterOrEqual, .notEqual:
                "r\(a) = r\(b)"
                    + (ArithmeticExtension.hasImmediate(next)
                        ? " \(ArithmeticExtension.immediate(next))" : " r\(c)")
                    + " S\(ArithmeticExtension.site(next))" + (ArithmeticExtension.fusesMove(next) ? " +move" : "")
                    + (ArithmeticExtension.fusesBranch(next) ? " +branch" : "")
                    + (ArithmeticExtension.threadsTrue(next) ? " +threaded" : "")
                    + (next & ArithmeticExtension.leftFloatLiteral != 0 ? " +literal receiver" : "")
                    + (next & ArithmeticExtension.rightFloatLiteral != 0 ? " +literal argument" : "")
            }
        return operands.isEmpty ? op.name : "\(op.name) \(operands)"
    }

    /// The program of an `arithmeticBlock` (`ArithmeticBlock`), as
    /// `s0 = r13, s1 = K2; s2 = s0 - s1; r11 = s2`.
    static func blockProgram(_ words: UnsafePointer<UInt64>) -> String {
        let entries = ArithmeticBlock.entries(words)
        let registers = ArithmeticBlock.count(0, of: words)
        let inputs = registers + ArithmeticBlock.count(1, of: words)
        let operations = ArithmeticBlock.count(2, of: words)
        let inputText = (0..<inputs).map { k in "s\(k) = \(k < registers ? "r" : "K")\(entries[k])" }
        let operationText = (0..<operations).map { k -> String in
            let entry = entries[inputs + k]
            let selector = ArithmeticOperation(rawValue: ArithmeticBlock.operation(entry))?.selector ?? "?"
            return "s\(inputs + k) = s\(ArithmeticBlock.left(entry)) \(selector) s\(ArithmeticBlock.right(entry))"
        }
        let outputText = (0..<ArithmeticBlock.count(3, of: words)).map { k -> String in
            "r\(entries[inputs + operations + 2 * k]) = s\(entries[inputs + operations + 2 * k + 1])"
        }
        return [inputText, operationText, outputText].map { $0.joined(separator: ", ") }.joined(separator: "; ")
    }

    /// A listing of a code object and, after it, every code compiled with it.
    public static func listing(_ code: CompiledCode, selectors: SelectorTable) -> String {
        var text =
            "\(code.kind) \(code.name): \(code.info.pointee.registerCount) registers, "
            + "\(code.info.pointee.argumentCount) arguments, \(code.info.pointee.localCount) locals\n"
        var pc = 0
        while pc < code.instructionCount {
            let word = code.info.pointee.instructions[pc]
            let op = Instruction.op(word)
            let next = pc + 1 < code.instructionCount ? code.info.pointee.instructions[pc + 1] : 0
            var line = "  \(pc): \(describe(word, next: next))"
            if op == .send {
                let site = code.info.pointee.sites[Instruction.b(word)]
                line +=
                    (site.fusedMove >= 0 ? " +move" : site.fusedMove == SendSite.fusedBranch ? " +branch" : "")
                    + "  ; \(selectors.name(site.selector))"
            } else if op == .arithmeticBlock {
                line += "  ; " + blockProgram(code.info.pointee.instructions + pc + 1)
            } else if op.isArithmetic {
                line += "  ; \(selectors.name(code.info.pointee.sites[ArithmeticExtension.site(next)].selector))"
            }
            text += line + "\n"
            pc += Instruction.width(word)
        }
        return text
    }
}

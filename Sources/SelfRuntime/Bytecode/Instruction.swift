/// The instruction set: defined here once. The disassembler, `docs/bytecode.md` and the
/// interpreter's `switch` all follow this enum (exhaustive switches make the compiler
/// catch a forgotten case; `Tests/SelfRuntimeTests` checks the doc against it).
///
/// An instruction is one 64-bit word:
///
/// | bits  | field | use                                        |
/// |-------|-------|--------------------------------------------|
/// | 0–7   | op    | the `Opcode`                               |
/// | 8–23  | A     | a register (unsigned)                      |
/// | 24–39 | B     | a register or table index (unsigned)       |
/// | 40–63 | C     | an index, count or signed offset (24 bits) |
///
/// Notation: `rX` is register X of the current frame, `K[B]` constant B of the code,
/// `S[B]` send site B. Frames lay their registers out as: r0 self, r1 context, r2 the
/// method or block being run, r3… arguments, then locals, then temporaries. A send
/// with receiver in rA takes its arguments from rA+3…, so the callee's frame starts at
/// rA and nothing is copied (rA+1 and rA+2 become the callee's r1 and r2).
public enum Opcode: UInt8, CaseIterable, Sendable {
    /// `move A B` — rA = rB
    case move
    /// `loadInteger A C` — rA = C (signed 24-bit)
    case loadInteger
    /// `loadConstant A B` — rA = K[B]
    case loadConstant
    /// `loadString A B` — rA = a new byte array holding string literal B
    case loadString
    /// `loadFloat A +bits` — rA = a new float whose bits are the extension word
    case loadFloat
    /// `getContext A B C` — rA = variable C of the context B levels out from r1
    case getContext
    /// `setContext A B C` — variable C of the context B levels out from r1 = rA
    case setContext
    /// `loadContext A B` — rA = the context B levels out from r1 (B = 0: r1 itself)
    case loadContext
    /// `pushContext C` — r1 = a new context of C variables whose parent is r1
    case pushContext
    /// `makeObject A B` — rA = a new slots object from object template B, one value per
    /// slot in rA+1…
    case makeObject
    /// `makeMethod A B` — rA = a new method of code B, its locals' initial values in rA+1…
    case makeMethod
    /// `makeBlock A B` — rA = a new block of block template B, closing over r0, r1 and
    /// this frame's home; its locals' initial values in rA+1…
    case makeBlock
    /// `makeLazyBlock A B` — as `makeBlock` with no locals, for the block of lazy
    /// fallback B, whose code is compiled the first time this runs
    case makeLazyBlock
    /// `compileMethod` — the only instruction of a method not compiled yet: compile it,
    /// then run it from its start
    case compileMethod
    /// `send A B C` — rA = send site S[B] to receiver rA with arguments rA+3…; C > 0:
    /// first rA = r(C − 1) (C = 1: r0, an implicit-receiver send; more: a receiver that
    /// is a variable in a register, which the arguments do not assign)
    case send
    /// `invoke A C` — rA = run the method object in rA+2 on receiver rA with C arguments
    /// in rA+3…, without lookup, its context parent in rA+1 (inline methods, §7.6)
    case invoke
    /// `primitive A B C` — rA = primitive B on receiver rA with C arguments in rA+3…
    case primitive
    /// `returnValue A` — end this activation with rA (a block answers rA to its caller)
    case returnValue
    /// `nonLocalReturn A` — end the block's home method activation with rA (§7.7)
    case nonLocalReturn
    /// `restart` — continue at the first instruction after the prologue (`_Restart`)
    case restart
    /// `jump C` — pc += C (a backward jump is a safepoint)
    case jump
    /// `jumpIfFalse A B C` — if rA is false, pc += C; if true, skip the next
    /// instruction; otherwise, or when guard B has tripped, go on to the next
    /// instruction, which jumps to the fallback (a real send)
    case jumpIfFalse
    /// `jumpIfGuarded B C` — if guard B has tripped (its selector was redefined), pc += C
    case jumpIfGuarded
    /// `fail B` — raise the runtime error whose message is string literal B
    case fail
    /// `jumpIfNotIntegers A C` — unless rA and rA+1 are both integers, pc += C
    case jumpIfNotIntegers
    /// `jumpIfNotLess A B C` — unless rA < rA+1 + B (both integers; B is 1 for an
    /// inclusive bound), pc += C
    case jumpIfNotLess
    /// `forLoop A B C` — if rA + 1 < rA+1 + B (both integers; B as for
    /// `jumpIfNotLess`): rA = rA + 1, pc += C (a back edge)
    case forLoop
    /// `arithmeticBlock A B C +program` — the arithmetic instructions, literal loads
    /// and moves that follow, up to C words after the A program words, run at once
    /// (`ArithmeticBlock`) when every value they read is a float, or every one a small
    /// integer, and mask B allows each operation: the registers they leave live are
    /// stored, a comparison that ends them does its fused `move` or `jumpIfFalse`, and
    /// pc goes on after them; otherwise, or when an integer overflows, pc goes on to
    /// those instructions
    case arithmeticBlock
    /// `add A B C +ext` — rA = rB + (rC or the immediate): the first of the arithmetic
    /// instructions, one per `ArithmeticOperation` and in its order, which all work
    /// alike. When both operands are integers or one is a float, the method still
    /// wraps its primitive and an integer result fits, the result is stored (and a
    /// fused `move` or `jumpIfFalse` after it is done too); otherwise rA = rB, rA+3 =
    /// the right operand, and send S[site] (immediate, site and fusion in the
    /// extension word, `ArithmeticExtension`)
    case add
    /// `subtract A B C +ext` — rA = rB - (rC or the immediate), as `add`
    case subtract
    /// `multiply A B C +ext` — rA = rB * (rC or the immediate), as `add`
    case multiply
    /// `lessThan A B C +ext` — rA = rB < (rC or the immediate), as `add`
    case lessThan
    /// `greaterThan A B C +ext` — rA = rB > (rC or the immediate), as `add`
    case greaterThan
    /// `equal A B C +ext` — rA = rB = (rC or the immediate), as `add`
    case equal
    /// `divide A B C +ext` — rA = rB / (rC or the immediate), floored, as `add`
    case divide
    /// `modulo A B C +ext` — rA = rB % (rC or the immediate), floored, as `add`
    case modulo
    /// `lessOrEqual A B C +ext` — rA = rB <= (rC or the immediate), as `add`
    case lessOrEqual
    /// `greaterOrEqual A B C +ext` — rA = rB >= (rC or the immediate), as `add`
    case greaterOrEqual
    /// `notEqual A B C +ext` — rA = rB != (rC or the immediate), as `add`
    case notEqual

    /// The name used in disassembly and docs.
    public var name: String { "\(self)" }

    /// Words the instruction takes, the opcode word and any extension words, for every
    /// instruction but `arithmeticBlock`, whose program makes its width vary
    /// (`Instruction.width`).
    public var fixedWidth: Int {
        switch self {
        case .loadFloat: 2
        default: isArithmetic ? 2 : 1
        }
    }

    /// Whether the instruction's C is a jump offset (relative to the next word).
    public var jumps: Bool {
        switch self {
        case .jump, .jumpIfFalse, .jumpIfGuarded, .jumpIfNotIntegers, .jumpIfNotLess, .forLoop: true
        default: false
        }
    }

    /// Whether this is one of the arithmetic instructions (`add` … `notEqual`).
    @inline(__always)
    public var isArithmetic: Bool { rawValue &- Opcode.add.rawValue <= Opcode.notEqual.rawValue &- Opcode.add.rawValue }

    /// The operation of an arithmetic instruction, or nil.
    public var arithmeticOperation: ArithmeticOperation? {
        isArithmetic ? ArithmeticOperation(rawValue: Int(rawValue - Opcode.add.rawValue)) : nil
    }
}

/// The extension word of an arithmetic instruction (`Opcode.add` … `notEqual`):
///
/// | bits  | field                                              |
/// |-------|----------------------------------------------------|
/// | 8     | 1: the right operand is the immediate, not rC      |
/// | 9     | 1: the next instruction is `move D A`, which a fast result also does |
/// | 10    | 1: the left operand is a float literal, held immediate in rB       |
/// | 11    | 1: the right operand is a float literal, held immediate in rC      |
/// | 12    | 1: the next instruction is `jumpIfFalse A`, which a fast comparison also does |
/// | 13    | 1: with bit 12, the instruction the branch goes on to when true is a forward `jump`, which a true result takes too |
/// | 16–31 | the send site of the fallback                      |
/// | 32–63 | the immediate (signed 32-bit)                      |
///
/// Bits 0–7 are zero: the operation is the opcode.
public enum ArithmeticExtension {
    /// Whether a site index and immediate fit their fields.
    @inline(__always)
    public static func fits(site: Int, immediate: Int64?) -> Bool {
        site >= 0 && site < 1 << 16 && (immediate.map { $0 >= Int64(Int32.min) && $0 <= Int64(Int32.max) } ?? true)
    }

    @inline(__always)
    public static func encode(site: Int, immediate: Int64?) -> UInt64 {
        precondition(site >= 0 && site < 1 << 16)
        var word = UInt64(site) << 16
        if let immediate {
            precondition(immediate >= Int64(Int32.min) && immediate <= Int64(Int32.max))
            word |= 1 << 8 | UInt64(bitPattern: immediate << 32)
        }
        return word
    }

    @inline(__always)
    public static func hasImmediate(_ word: UInt64) -> Bool { word & 0x100 != 0 }

    /// Bit 9: the instruction after this one is `move D A` (the result into a local,
    /// `x: a + b`). A fast result is stored in rD as well and that move is skipped, so
    /// the common assignment costs one dispatch; the send of the slow path leaves its
    /// result in rA and the move runs. Set by `CodeGenerator.fuseArithmeticResults`
    /// once no later pass can change the move.
    public static let fusedMove: UInt64 = 0x200

    @inline(__always)
    public static func fusesMove(_ word: UInt64) -> Bool { word & fusedMove != 0 }

    /// Bits 10 and 11: an operand is a float literal (docs/numbers.md, "Identity").
    /// Each evaluation of a float literal is a new object (language.md §11.2), but an
    /// operation of the fast path cannot tell one float from another, so such an
    /// operand is loaded as an immediate float and the fast path uses it as it is;
    /// only the real send, whose method can see the receiver and argument, gets a
    /// new float object for it.
    public static let leftFloatLiteral: UInt64 = 0x400
    public static let rightFloatLiteral: UInt64 = 0x800

    @inline(__always)
    public static func hasFloatLiteral(_ word: UInt64) -> Bool { word & (leftFloatLiteral | rightFloatLiteral) != 0 }

    /// Bit 12: a comparison whose next instruction is `jumpIfFalse A` on its result
    /// (the condition of an inlined `ifTrue:` or `whileTrue:`). A fast result is
    /// stored in rA as always and, while the branch's guard holds, the branch is
    /// taken at once, so a loop test costs one dispatch; otherwise the `jumpIfFalse`
    /// runs. Set by `CodeGenerator.fuseArithmeticResults`, as `fusedMove`.
    public static let fusedBranch: UInt64 = 0x1000

    @inline(__always)
    public static func fusesBranch(_ word: UInt64) -> Bool { word & fusedBranch != 0 }

    /// Bit 13, beside `fusedBranch`: the instruction a true result goes on to (after
    /// the `jumpIfFalse` and its fallback jump) is a forward `jump`, such as the one
    /// after the test that `duplicateBranches` copies into the end of a conditional
    /// (`[ a && [ b < c ] ] whileTrue:`). A fast true result takes it at once, one
    /// dispatch fewer; a forward jump is no safepoint, so nothing is skipped. Set by
    /// `CodeGenerator.fuseArithmeticResults`.
    public static let threadedTrue: UInt64 = 0x2000

    @inline(__always)
    public static func threadsTrue(_ word: UInt64) -> Bool { word & threadedTrue != 0 }

    @inline(__always)
    public static func site(_ word: UInt64) -> Int { Int((word >> 16) & 0xFFFF) }

    @inline(__always)
    public static func immediate(_ word: UInt64) -> Int64 { Int64(bitPattern: word) >> 32 }
}

/// Encoding and decoding of instruction words.
public enum Instruction {
    /// Whether operands fit their fields (the code generator checks before encoding).
    @inline(__always)
    public static func fits(a: Int, b: Int, c: Int) -> Bool {
        a >= 0 && a < 1 << 16 && b >= 0 && b < 1 << 16 && c >= -(1 << 23) && c < 1 << 23
    }

    @inline(__always)
    public static func encode(_ op: Opcode, a: Int = 0, b: Int = 0, c: Int = 0) -> UInt64 {
        precondition(fits(a: a, b: b, c: c))
        return UInt64(op.rawValue) | UInt64(a) << 8 | UInt64(b) << 24 | (UInt64(bitPattern: Int64(c)) & 0xFF_FFFF) << 40
    }

    /// The opcode. Words come only from `encode`, so the byte is always a valid case;
    /// the bit cast avoids the compare chain of `init(rawValue:)` in the dispatch loop.
    @inline(__always)
    public static func op(_ word: UInt64) -> Opcode { unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self) }

    @inline(__always)
    public static func a(_ word: UInt64) -> Int { Int(truncatingIfNeeded: (word >> 8) & 0xFFFF) }

    @inline(__always)
    public static func b(_ word: UInt64) -> Int { Int(truncatingIfNeeded: (word >> 24) & 0xFFFF) }

    /// C as a signed 24-bit number.
    @inline(__always)
    public static func c(_ word: UInt64) -> Int { Int(truncatingIfNeeded: Int64(bitPattern: word) >> 40) }

    /// Words the instruction `word` takes: the opcode word and any extension words.
    @inline(__always)
    public static func width(_ word: UInt64) -> Int {
        let op = op(word)
        return op == .arithmeticBlock ? 1 + a(word) : op.fixedWidth
    }
}

/// The program of an `arithmeticBlock` instruction (docs/bytecode.md, "Arithmetic
/// blocks"): the instructions it stands for as operations on numbered slots of one
/// kind, doubles or small integers. Its first extension word holds four counts,
/// 16 bits each from bit 0: registers, constants, operations and outputs; then come
/// 16-bit entries, four to a word from the low bits:
///
/// - one per register and then one per constant the block reads (slots 0…, in
///   that order), each read before anything is computed;
/// - one per operation, slots after those in order: the `ArithmeticOperation` in
///   bits 12–15 and the slots of its left and right operands in bits 6–11 and 0–5
///   (a comparison only last, when the instruction's B says the block ends with
///   one);
/// - two per output, in order of slot: the register, then the slot it gets.
public enum ArithmeticBlock {
    /// In B beside the mask of operations: the last operation is a comparison, whose
    /// result goes to the rA of the instruction before the block's end.
    public static let endsWithComparison = 1 << 15
    /// The most slots a block uses (six bits of an operand).
    public static let maximumSlots = 64
    /// The largest register or constant index an entry holds.
    public static let maximumIndex = 0xFFFF

    /// The entries of the program at `words` (the instruction's extension words).
    @inline(__always)
    public static func entries(_ words: UnsafePointer<UInt64>) -> UnsafePointer<UInt16> {
        UnsafeRawPointer(words + 1).assumingMemoryBound(to: UInt16.self)
    }

    /// Count `field` (0 registers, 1 constants, 2 operations, 3 outputs).
    @inline(__always)
    public static func count(_ field: Int, of words: UnsafePointer<UInt64>) -> Int {
        Int(truncatingIfNeeded: (words[0] &>> UInt64(field &* 16)) & 0xFFFF)
    }

    /// An operation's entry.
    public static func operation(_ operation: ArithmeticOperation, left: Int, right: Int) -> UInt16 {
        UInt16(operation.rawValue << 12 | left << 6 | right)
    }

    @inline(__always)
    public static func operation(_ entry: UInt16) -> Int { Int(truncatingIfNeeded: entry &>> 12) }

    @inline(__always)
    public static func left(_ entry: UInt16) -> Int { Int(truncatingIfNeeded: (entry &>> 6) & 63) }

    @inline(__always)
    public static func right(_ entry: UInt16) -> Int { Int(truncatingIfNeeded: entry & 63) }

    /// The extension words of a program: the counts, then the entries.
    public static func words(
        registers: [Int], constants: [Int], operations: [UInt16], outputs: [(register: Int, slot: Int)]
    ) -> [UInt64] {
        let counts = [registers.count, constants.count, operations.count, outputs.count]
        var words = [counts.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (16 * $1.offset) }]
        let entries =
            (registers + constants).map { UInt16($0) } + operations
            + outputs.flatMap { [UInt16($0.register), UInt16($0.slot)] }
        for start in stride(from: 0, to: entries.count, by: 4) {
            var word: UInt64 = 0
            for (offset, entry) in entries[start..<min(start + 4, entries.count)].enumerated() {
                word |= UInt64(entry) << (16 * offset)
            }
            words.append(word)
        }
        return words
    }
}

/// Fixed register numbers of every frame.
public enum FrameLayout {
    public static let selfRegister = 0
    public static let contextRegister = 1
    public static let calleeRegister = 2
    public static let firstArgument = 3
}

/// The operations with a fast path, one arithmetic instruction each (`opcode`, in
/// the same order from `Opcode.add`). Each stands for a selector
/// whose integer method is a plain wrapper of one primitive; the VM checks that it
/// still is (per lookup epoch) before taking the fast path.
public enum ArithmeticOperation: Int, CaseIterable, Sendable {
    case add, subtract, multiply, lessThan, greaterThan, equal, divide, modulo, lessOrEqual, greaterOrEqual,
        notEqual

    /// The selector compiled to this operation.
    public var selector: String {
        switch self {
        case .add: "+"
        case .subtract: "-"
        case .multiply: "*"
        case .lessThan: "<"
        case .greaterThan: ">"
        case .equal: "="
        case .divide: "/"
        case .modulo: "%"
        case .lessOrEqual: "<="
        case .greaterOrEqual: ">="
        case .notEqual: "!="
        }
    }

    /// The primitive (name without `_`) the integer method must wrap.
    public var primitive: String {
        switch self {
        case .add: "IntAdd:"
        case .subtract: "IntSub:"
        case .multiply: "IntMul:"
        case .lessThan: "IntLT:"
        case .greaterThan: "IntGT:"
        case .equal: "IntEq:"
        case .divide: "IntDiv:"
        case .modulo: "IntMod:"
        case .lessOrEqual: "IntLE:"
        case .greaterOrEqual: "IntGE:"
        case .notEqual: "IntNE:"
        }
    }

    /// The primitive (name without `_`) the float method must wrap.
    public var floatPrimitive: String {
        switch self {
        case .add: "FloatAdd:"
        case .subtract: "FloatSub:"
        case .multiply: "FloatMul:"
        case .lessThan: "FloatLT:"
        case .greaterThan: "FloatGT:"
        case .equal: "FloatEq:"
        case .divide: "FloatDiv:"
        case .modulo: "FloatMod:"
        case .lessOrEqual: "FloatLE:"
        case .greaterOrEqual: "FloatGE:"
        case .notEqual: "FloatNE:"
        }
    }

    /// The instruction of this operation.
    public var opcode: Opcode { Opcode(rawValue: Opcode.add.rawValue + UInt8(rawValue))! }

    /// Whether the result is a boolean.
    public var isComparison: Bool {
        switch self {
        case .lessThan, .greaterThan, .equal, .lessOrEqual, .greaterOrEqual, .notEqual: true
        default: false
        }
    }

    /// The operation of a binary selector, if it has one.
    public static func of(_ selector: String) -> ArithmeticOperation? {
        allCases.first { $0.selector == selector }
    }
}

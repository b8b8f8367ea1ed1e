import SelfRuntime
import SelfSyntax
import Testing

/// Arithmetic blocks (`Opcode.arithmeticBlock`, docs/bytecode.md): which runs of
/// instructions get one, and that running a block at once gives, bit for bit, what
/// running its instructions one by one gives, for seeded random doubles and the
/// edge cases (zero, which has no immediate form, the infinities, NaN, huge and
/// tiny values), for integers, and once an operator is redefined.
@Suite("Arithmetic blocks")
struct ArithmeticBlockTests {
    /// A VM without the world whose float and integer traits have the plain
    /// wrappers the fast paths look for.
    static func machine() -> TestVM {
        let t = TestVM(booleans: true)
        t.define(
            """
            0.0 parent _AddSlots: (| + n = ( _FloatAdd: n ). - n = ( _FloatSub: n ). * n = ( _FloatMul: n ).
                / n = ( _FloatDiv: n ). < n = ( _FloatLT: n ). > n = ( _FloatGT: n ). <= n = ( _FloatLE: n ).
                >= n = ( _FloatGE: n ). = n = ( _FloatEq: n ). != n = ( _FloatNE: n ) |).
            0 parent _AddSlots: (| + n = ( _IntAdd: n ). - n = ( _IntSub: n ). * n = ( _IntMul: n ).
                / n = ( _IntDiv: n ). < n = ( _IntLT: n ) |)
            """)
        // A chain of five operations, each an operand of the next, over three locals
        // and then a second statement reading what the first assigned.
        t.define(
            """
            _AddSlots: (| chain: a B: b C: c = ( | x. y. z. r. s |
                x: a. y: b. z: c.
                r: (((x * y) - z) * x) + (y / z).
                s: (r - x) * (r + y).
                s ) |)
            """)
        return t
    }

    /// What `chain:B:C:` computes, in the same order.
    static func chain(_ x: Double, _ y: Double, _ z: Double) -> Double {
        let r = (((x * y) - z) * x) + (y / z)
        return (r - x) * (r + y)
    }

    /// A float as text that `_ByteArrayAsFloat` reads back to the same double.
    static func text(_ d: Double) -> String { "('\(d)' _ByteArrayAsFloat)" }

    /// The double of a float result, immediate or an object.
    static func double(_ t: TestVM, _ value: Value) -> Double? {
        value.isImmediateFloat ? value.immediateFloat : t.vm.memory.floatValue(value)
    }

    @Test("a chain of four or more operations gets a block; a short one and integer code do not")
    func formed() throws {
        let t = Self.machine()
        #expect(t.vm.bytecodeListing().contains("arithmeticBlock"))
        let fresh = TestVM()
        let short = SourceFile(name: "<blocks>", text: "_AddSlots: (| m: a = ( | x | x: a. ((x * x) + x) - x ) |)")
        _ = try fresh.vm.compile(short, skipShebang: false, directory: ".").get()
        #expect(!fresh.vm.bytecodeListing().contains("arithmeticBlock"), "a chain of three")
        let integers = SourceFile(
            name: "<blocks>", text: "_AddSlots: (| n: a = ( | x | x: a. (((x * 3) + x) * x) - 1 ) |)")
        _ = try fresh.vm.compile(integers, skipShebang: false, directory: ".").get()
        #expect(!fresh.vm.bytecodeListing().contains("arithmeticBlock"), "integer literals")
    }

    @Test("a block gives the doubles of the operations one by one, edge cases and random ones")
    func doubles() {
        let t = Self.machine()
        let special: [Double] = [
            0, -0.0, 1, -1, 0.5, 3, .infinity, -.infinity, .nan, 1e300, -1e300, 1e-300, 0x1p-255, 0x1p257,
            .leastNonzeroMagnitude, .greatestFiniteMagnitude,
        ]
        var generator = RobustnessTests.Generator(state: 0xB10C)
        var cases: [(Double, Double, Double)] = []
        for x in special { for y in [1.5, -0.0, .nan, 1e-300] { cases.append((x, y, 2.5)) } }
        for _ in 0..<300 {
            func draw() -> Double {
                // Mostly ordinary magnitudes, sometimes any bit pattern.
                if generator.next() % 4 == 0 { return Double(bitPattern: generator.next()) }
                return Double.random(in: -1e6...1e6, using: &generator)
            }
            cases.append((draw(), draw(), draw()))
        }
        for (x, y, z) in cases {
            let expected = Self.chain(x, y, z)
            guard let value = t.value("chain: \(Self.text(x)) B: \(Self.text(y)) C: \(Self.text(z))") else { continue }
            let result = Self.double(t, value)
            #expect(
                result?.bitPattern == expected.bitPattern || (result?.isNaN == true && expected.isNaN),
                "chain: \(x) B: \(y) C: \(z) is \(String(describing: result)), expected \(expected)")
        }
    }

    @Test("integers run in the block; an overflow, a zero divisor or a float operand runs the instructions")
    func integers() {
        let t = Self.machine()
        #expect(t.integer("chain: 3 B: 4 C: 2") == 1044, "r = 30 + 2; s = 29 * 36")
        #expect(t.integer("chain: (0 _IntSub: 3) B: 5 C: (0 _IntSub: 2)") == 1599, "5 / -2 is -3, floored")
        let overflow = t.value("chain: 3037000499 B: 3037000499 C: 1")
        #expect(overflow.map { $0.isInteger } == false, "a big integer, from the operations one by one")
        #expect(t.error("chain: 3 B: 4 C: 0")?.contains("ivision by zero") == true)
        let mixed = t.value("chain: 3 B: \(Self.text(4)) C: 2")
        #expect(mixed.map { Self.double(t, $0) } == Self.chain(3, 4, 2))
    }

    @Test("a redefined operator is sent, and the block runs again once it is the wrapper again")
    func redefined() {
        let t = Self.machine()
        t.define("0.0 parent _AddSlots: (| - n = ( 7 ) |)")
        // r = (7 * 1.5) + (2 / 4) = 11; s = 7 * (11 + 2)
        let sent = t.value("chain: \(Self.text(1.5)) B: \(Self.text(2)) C: \(Self.text(4))")
        #expect(sent.map { Self.double(t, $0) } == 91)
        t.define("0.0 parent _AddSlots: (| - n = ( _FloatSub: n ) |)")
        let value = t.value("chain: \(Self.text(1.5)) B: \(Self.text(2)) C: \(Self.text(4))")
        #expect(value.map { Self.double(t, $0) } == Self.chain(1.5, 2, 4))
    }

    /// A random expression over `names` and immediate float literals, at most
    /// `depth` operations deep; `wrapped` sends `value` to each operation's result,
    /// which keeps any block from forming (the reference computation).
    static func expression(
        _ generator: inout RobustnessTests.Generator, names: [String], depth: Int, wrapped: Bool
    ) -> (plain: String, wrapped: String) {
        if depth == 0 || generator.next() % 5 == 0 {
            let leaf = generator.pick(names + ["2.0", "0.5", "1.25", "3.0"])
            return (leaf, leaf)
        }
        let operation = generator.pick(["+", "-", "*", "/"])
        let left = expression(&generator, names: names, depth: depth - 1, wrapped: wrapped)
        let right = expression(
            &generator, names: names, depth: generator.next() % 3 == 0 ? depth - 1 : 0, wrapped: wrapped)
        return (
            "(\(left.plain) \(operation) \(right.plain))", "((\(left.wrapped) \(operation) \(right.wrapped)) value)"
        )
    }

    @Test("random blocks of statements give the doubles of their operations sent one by one")
    func randomShapes() {
        let t = Self.machine()
        t.define("0.0 parent _AddSlots: (| value = ( self ) |)")
        var generator = RobustnessTests.Generator(state: 0x5EED_B10C)
        var blocks = 0
        for program in 0..<60 {
            let first = Self.expression(&generator, names: ["x", "y", "z"], depth: 5, wrapped: false)
            let second = Self.expression(&generator, names: ["x", "y", "a"], depth: 4, wrapped: false)
            let comparison = generator.pick(["<", ">", "<=", ">=", "=", "!="])
            let last = Self.expression(&generator, names: ["a", "b", "z"], depth: 4, wrapped: false)
            func method(_ name: String, _ text: (String, String, String)) -> String {
                """
                _AddSlots: (| \(name): p B: q C: r = ( | x. y. z. a. b |
                    x: p. y: q. z: r.
                    a: \(text.0).
                    b: \(text.1).
                    (\(text.2) \(comparison) a) ifTrue: [ b ] False: [ a ] ) |)
                """
            }
            let before = t.vm.bytecodeListing().components(separatedBy: "arithmeticBlock").count
            t.define(method("fast\(program)", (first.plain, second.plain, last.plain)))
            t.define(method("slow\(program)", (first.wrapped, second.wrapped, last.wrapped)))
            for _ in 0..<8 {
                func draw() -> String {
                    switch generator.next() % 6 {
                    case 0: Self.text(generator.pick([0, -0.0, .infinity, .nan, 1e300, 1e-300]))
                    case 1: Self.text(Double(bitPattern: generator.next()))
                    default: Self.text(Double.random(in: -100...100, using: &generator))
                    }
                }
                let arguments = ": \(draw()) B: \(draw()) C: \(draw())"
                guard let fast = t.value("fast\(program)\(arguments)"), let slow = t.value("slow\(program)\(arguments)")
                else { continue }
                let (f, s) = (Self.double(t, fast), Self.double(t, slow))
                #expect(
                    f?.bitPattern == s?.bitPattern || (f?.isNaN == true && s?.isNaN == true),
                    "program \(program)\(arguments): \(String(describing: f)) against \(String(describing: s))")
            }
            blocks += t.vm.bytecodeListing().components(separatedBy: "arithmeticBlock").count - before
        }
        #expect(blocks >= 30, "most of the programs get blocks (\(blocks))")
    }

    @Test("a program's words hold its counts and entries")
    func program() {
        let words = ArithmeticBlock.words(
            registers: [13, 14], constants: [2],
            operations: [
                ArithmeticBlock.operation(.subtract, left: 0, right: 1),
                ArithmeticBlock.operation(.greaterThan, left: 3, right: 2),
            ],
            outputs: [(register: 11, slot: 3)])
        #expect(words.count == 3, "the counts, then seven entries in two words")
        words.withUnsafeBufferPointer { buffer in
            let program = buffer.baseAddress!
            #expect((0..<4).map { ArithmeticBlock.count($0, of: program) } == [2, 1, 2, 1])
            let entries = ArithmeticBlock.entries(program)
            #expect((0..<3).map { entries[$0] } == [13, 14, 2])
            #expect(ArithmeticBlock.operation(entries[4]) == ArithmeticOperation.greaterThan.rawValue)
            #expect(ArithmeticBlock.left(entries[4]) == 3 && ArithmeticBlock.right(entries[4]) == 2)
            #expect(entries[5] == 11 && entries[6] == 3)
        }
    }
}

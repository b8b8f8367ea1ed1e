import SelfRuntime
import Testing

/// Tagged values (`Value`): 63-bit integers with tag bit 0, references with tag 01,
/// immediate floats with tag 11.
@Suite("Value tagging")
struct ValueTests {
    @Test(
        "integers round-trip through the tag, including the range edges",
        arguments: [
            0, 1, -1, 42, -42, 1 << 40, -(1 << 40), Value.maximumInteger, Value.minimumInteger,
            Value.maximumInteger - 1, Value.minimumInteger + 1,
        ])
    func integerRoundTrip(_ n: Int64) {
        let value = Value(integer: n)
        #expect(value.isInteger)
        #expect(!value.isObject)
        #expect(value.raw & 1 == 0)
        #expect(value.integer == n)
        #expect(Value.checkedInteger(n) == value)
    }

    @Test("the range is exactly 63 bits: −2^62 … 2^62 − 1")
    func range() {
        #expect(Value.maximumInteger == 4_611_686_018_427_387_903)
        #expect(Value.minimumInteger == -4_611_686_018_427_387_904)
        #expect(Value.checkedInteger(Value.maximumInteger + 1) == nil)
        #expect(Value.checkedInteger(Value.minimumInteger - 1) == nil)
        #expect(Value.checkedInteger(.max) == nil)
        #expect(Value.checkedInteger(.min) == nil)
    }

    @Test("negative integers are stored as their two's-complement shifted left")
    func negative() {
        #expect(Value(integer: -1).raw == UInt64.max - 1)
        #expect(Value(integer: -2).raw == UInt64.max - 3)
        #expect(Value(integer: Value.minimumInteger).raw == UInt64(1) << 63)
        #expect(Value(integer: Value.maximumInteger).raw == (UInt64(1) << 63) - 2)
        #expect(Value(integer: -5).integer == -5)
    }

    @Test("references carry tag 1 and give back the object's address")
    func objectTag() {
        let vm = VirtualMachine()
        let object = vm.memory.allocateArray(count: 1, fill: Value(integer: 3))
        let value = object.value
        #expect(value.isObject)
        #expect(!value.isInteger)
        #expect(value.raw & 3 == 1)
        #expect(!value.isImmediateFloat)
        #expect(value.address == object.address)
        #expect(value.object == object)
        #expect(UInt(bitPattern: object.address) % 8 == 0, "objects are 8-byte aligned")
        #expect(vm.memory.known.lobby.isObject)
        #expect(vm.memory.nilValue.isObject)
    }

    @Test("the empty marker is the integer 0, so the collector ignores it")
    func empty() {
        #expect(Value.empty.isInteger)
        #expect(Value.empty == Value(integer: 0))
    }

    @Test("integer edges from Self: literals, and overflow in both directions")
    func selfIntegers() {
        let t = TestVM()
        #expect(t.integer("4611686018427387903") == Value.maximumInteger)
        #expect(t.integer("0 _IntSub: 4611686018427387903") == -Value.maximumInteger)
        #expect(t.integer("(0 _IntSub: 4611686018427387903) _IntSub: 1") == Value.minimumInteger)
        #expect(t.integer("(0 _IntSub: 7) _IntAdd: 2") == -5)
        // Past the edges, big integers (docs/numbers.md), and back.
        let over = t.value("4611686018427387903 _IntAdd: 1")
        #expect(over.map { t.vm.memory.isKind($0, .bigInteger) } == true)
        #expect(over.flatMap { t.vm.memory.decimalText(ofInteger: $0) } == "4611686018427387904")
        let under = t.value("((0 _IntSub: 4611686018427387903) _IntSub: 1) _IntSub: 1")
        #expect(under.flatMap { t.vm.memory.decimalText(ofInteger: $0) } == "-4611686018427387905")
        #expect(t.integer("(4611686018427387903 _IntAdd: 1) _IntSub: 1") == Value.maximumInteger)
        #expect(t.run("4611686018427387904") == .compilationFailed, "a literal beyond 63 bits does not parse")
    }

    @Test(
        "doubles with an exponent in -255...256 round-trip as immediate floats",
        arguments: [
            0x1p-255, -0x1p-255, 1.0, -1.0, 0.5, 1.5, 0.1, 3.141592653589793, -2.718281828459045, 1e-70, 1e70,
            0x1p-254, 0x1.fffffffffffffp256, -0x1.fffffffffffffp256, 0x1.0000000000001p-255,
        ])
    func immediateFloatRoundTrip(_ d: Double) {
        let value = Value(immediateFloat: d)
        #expect(value != nil)
        guard let value else { return }
        #expect(value.isImmediateFloat)
        #expect(!value.isInteger)
        #expect(!value.isObject)
        #expect(value.immediateFloat.bitPattern == d.bitPattern)
    }

    @Test(
        "NaN, the infinities, subnormals and magnitudes outside the range have no immediate form",
        arguments: [
            Double.nan, .infinity, -.infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 1e-300, 1e300,
            0.0, -0.0, 0x1p257, 0x1p-256, 0x1.fffffffffffffp-256,
        ])
    func floatsWithoutImmediateForm(_ d: Double) {
        #expect(Value(immediateFloat: d) == nil)
    }

    @Test("the word of an immediate float is the documented layout: rotated, rebased, shifted past the tag")
    func immediateFloatLayout() {
        var generator = RobustnessTests.Generator(state: 20_261_204)
        var checked = 0
        for i in 0..<20_000 {
            // Random bit patterns, and doubles around the edges of the range.
            let d =
                i % 2 == 0
                ? Double(bitPattern: generator.next())
                : Double.random(in: 1...2, using: &generator) * [0x1p-256, 0x1p-255, 1, 0x1p255, 0x1p256][i % 5]
                    * (i % 3 == 0 ? -1 : 1)
            let rotated = (d.bitPattern &<< 1) | (d.bitPattern &>> 63)
            let rebased = rotated &- (768 << 53)
            let expected: UInt64? = rebased < 1 << 62 ? (rebased << 2) | 3 : nil
            #expect(Value(immediateFloat: d)?.raw == expected)
            if let value = Value(immediateFloat: d) {
                #expect(value.immediateFloat.bitPattern == d.bitPattern)
                checked += 1
            }
        }
        #expect(checked > 5_000)
    }

    @Test("2^-255 is the word 3, -2^-255 the word 7; equal doubles are the same word")
    func immediateFloatWords() {
        #expect(Value(immediateFloat: 0x1p-255)?.raw == 3)
        #expect(Value(immediateFloat: -0x1p-255)?.raw == 7)
        #expect(Value(immediateFloat: 1.5) == Value(immediateFloat: 1.5))
        #expect(Value(immediateFloat: 1.5) != Value(immediateFloat: -1.5))
    }

    @Test("arithmetic answers immediate floats; literals and clones are new float objects")
    func floatRepresentations() {
        let t = TestVM()
        let sum = t.value("1.5 _FloatAdd: 2.25")
        #expect(sum.map(\.isImmediateFloat) == true)
        #expect(sum.map { t.vm.memory.floatValue($0) } == 3.75)
        let huge = t.value("1000000000.0 _FloatMul: (1000000000.0 _FloatMul: (1000000000.0 _FloatMul: 1000000000.0))")
        #expect(huge.map(\.isImmediateFloat) == true)
        let literal = t.value("1.5")
        #expect(literal.map { t.vm.memory.isKind($0, .float) } == true, "a literal is an object")
        let clone = t.value("(1.5 _FloatAdd: 1.0) _Clone")
        #expect(clone.map { t.vm.memory.isKind($0, .float) } == true, "a clone is an object")
        #expect(clone.map { t.vm.memory.floatValue($0) } == 2.5)
    }
}

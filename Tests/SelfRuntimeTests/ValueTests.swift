import SelfRuntime
import Testing

/// Tagged values (`Value`): 63-bit integers with tag bit 0, references with tag 1.
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
        #expect(value.raw & 1 == 1)
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
}

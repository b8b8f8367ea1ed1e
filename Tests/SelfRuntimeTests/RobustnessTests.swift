import Foundation
import SelfRuntime
import Testing

/// Feeds the VM seeded random programs full of wrong types, out-of-range sizes and
/// indices, odd receivers for primitives, deep recursion and non-local returns. Each
/// must end with a value or a runtime error; a crash fails the whole test process.
@Suite struct RobustnessTests {
    /// SplitMix64: small, deterministic, good enough for picking program pieces (and,
    /// as a `RandomNumberGenerator`, for other tests' seeded values).
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    /// Values of every kind, including edge cases.
    static let values = [
        "0", "1", "7", "255", "256", "4611686018427387903", "(0 _IntSub: 4611686018427387903)", "(0 _IntSub: 1)",
        "'abc'", "''", "'x'", "1.5", "nil", "(0 _IntEq: 0)", "(0 _IntEq: 1)", "[ 3 ]", "[| :a | a ]",
        "[| :a. :b | b ]", "(| a <- 1. m = ( 3 ) |)", "()", "_Nil", "(_ArrayCopySize: 0 FillingExtrasWith: nil)",
        "((_ArrayCopySize: 0 FillingExtrasWith: 0) _ArrayCopySize: 3 FillingExtrasWith: 'q')",
        "('' _ByteArrayCopySize: 4 FillingExtrasWith: 'z')", "lobby", "(0 _IntSub: 100)", "99999999999",
        "_ManagedStdout", "(| p* = lobby |)", "(| p* <- 3 |)", "[ ^ 4 ]", "[| :x | ^ x ]",
    ]

    /// Primitives a random program may call: everything except those that end the
    /// process, block on input, touch files, or loop (`_Restart`).
    static let primitives = [
        "_IntAdd:", "_IntSub:", "_IntMul:", "_IntDiv:", "_IntMod:", "_IntShl:", "_IntShr:", "_IntAnd:", "_IntOr:",
        "_IntXor:", "_IntLT:", "_IntGT:", "_IntEq:", "_ByteArraySize", "_ByteAt:", "_ByteAt:Put:",
        "_ByteArrayCopySize:FillingExtrasWith:", "_ByteArrayEq:", "_ByteArrayConcatenate:",
        "_ArrayCopySize:FillingExtrasWith:", "_ArraySize", "_ArrayAt:", "_ArrayAt:Put:", "_AddSlots:", "_Clone",
        "_Eq:", "_Error:", "_Nil", "_EvaluateStringIfFail:",
    ]

    /// Ordinary messages, which mostly end in "Unknown selector".
    static let messages = ["value", "value:", "value:With:", "parent", "foo", "m", "a", "a:", "p", "p:"]

    static func send(_ generator: inout Generator, depth: Int) -> String {
        let receiver =
            depth > 0 && generator.next() % 3 == 0
            ? "(" + send(&generator, depth: depth - 1) + ")" : generator.pick(values)
        let selector = generator.next() % 2 == 0 ? generator.pick(primitives) : generator.pick(messages)
        let parts = selector.split(separator: ":", omittingEmptySubsequences: true)
        guard selector.hasSuffix(":") else { return receiver + " " + selector }
        return receiver
            + parts.map { part in
                " " + part + ": "
                    + (depth > 0 && generator.next() % 4 == 0
                        ? "(" + send(&generator, depth: depth - 1) + ")" : generator.pick(values))
            }.joined()
    }

    static func program(_ generator: inout Generator) -> String {
        var statements: [String] = []
        for _ in 0..<(1 + Int(generator.next() % 4)) {
            switch generator.next() % 10 {
            case 0:
                statements.append("_AddSlots: (| r: n = ( r: n ) |). r: 1")  // unbounded recursion
            case 1:
                statements.append("_AddSlots: (| k <- nil |). k: [| :x | ^ x ]. k value: 3")  // dead home
            case 2:
                statements.append("(\(send(&generator, depth: 2))) _EvaluateStringIfFail: [ 0 ]")
            default:
                statements.append(send(&generator, depth: 2))
            }
        }
        return statements.joined(separator: ".\n") + "."
    }

    @Test func randomProgramsEndWithAValueOrAnError() {
        let vm = VirtualMachine(maximumFrames: 5_000)
        vm.suppressErrorReports = true
        // SELF_FUZZ_SEED and SELF_FUZZ_ITERATIONS run other or longer series by hand.
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["SELF_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_261_121
        let iterations = environment["SELF_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 3_000
        var generator = Generator(state: seed)
        var outcomes = [0, 0, 0]
        for _ in 0..<iterations {
            let text = Self.program(&generator)
            switch vm.evaluate(text, name: "<fuzz>", errorPrefix: "") {
            case .value: outcomes[0] += 1
            case .runtimeError: outcomes[1] += 1
            case .compilationFailed: outcomes[2] += 1
            case .exited: Issue.record("a random program exited: \(text)")
            }
            #expect(vm.stack.frameCount == 0)
        }
        // The generator must exercise both ways of ending, or it tests little.
        #expect(outcomes[0] * 150 > iterations && outcomes[1] * 3 > iterations, "outcomes \(outcomes)")
    }

    /// Regression (found by the generate fuzzer): `_Inspect` printed a shared object
    /// once per reference, so a thousand references to one large array, or a lattice
    /// of shared objects, made gigabytes of text.
    @Test(.timeLimit(.minutes(1)))
    func inspectOfSharedStructureIsBounded() throws {
        let t = TestVM()
        let heap = t.heap
        let element = heap.protect(t.memory.makeByteArray(Array("element".utf8)))
        let big = heap.protect(t.memory.allocateArray(count: 100_000, fill: heap.handles[element]).value)
        let wide = t.memory.allocateArray(count: 1000, fill: heap.handles[big]).value
        let wideText = t.vm.inspect(wide)
        heap.handles.removeAll()
        #expect(wideText.components(separatedBy: "<array size: 100000>").count == 2, "the shared array is shown once")
        #expect(wideText.components(separatedBy: "<shared reference>").count == 1000)
        #expect(wideText.utf8.count < 5_000_000)
        // A dump too large for its budget is cut, with a note.
        let huge = t.memory.allocateArray(count: 1_000_000, fill: Value(integer: 123_456_789)).value
        let hugeText = t.vm.inspect(huge)
        #expect(hugeText.utf8.count < 4_500_000)
        #expect(hugeText.hasSuffix("<dump cut at 4194304 bytes>"))
        #expect(hugeText.contains("more ]"))
        t.define("_AddSlots: (| lattice <- 0 |). lattice: (| bottom = 7 |)")
        for _ in 0..<40 { t.define("lattice: (| a <- lattice. b <- lattice |)") }
        let lattice = try #require(t.value("lattice"))
        let latticeText = t.vm.inspect(lattice)
        #expect(latticeText.utf8.count < 100_000, "each object of the lattice is shown once")
        #expect(latticeText.contains("bottom = <integer> 7"))
    }
}

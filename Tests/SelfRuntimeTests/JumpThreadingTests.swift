import SelfRuntime
import SelfSyntax
import Testing

/// The code generator's jump peepholes (`CodeGenerator.threadJumps`), checked on
/// the listing; what the code computes is Tests/Scripts/regressions/jump-threading.self.
@Suite("Jump threading")
struct JumpThreadingTests {
    /// One instruction of a listing: its index, opcode and the jump offset (the
    /// last operand) of a jump.
    struct Listed {
        let pc: Int
        let op: String
        let offset: Int?
    }

    /// The instructions of every code object in `listing`, one array per object.
    static func codes(_ listing: String) -> [[Int: Listed]] {
        var result: [[Int: Listed]] = []
        var current: [Int: Listed] = [:]
        for line in listing.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = line.drop(while: { $0 == " " })
            guard let colon = text.firstIndex(of: ":"), let pc = Int(text[..<colon]) else {
                if !current.isEmpty { result.append(current) }
                current = [:]
                continue
            }
            let fields = text[text.index(after: colon)...].split(separator: " ")
            guard let op = fields.first.map(String.init) else { continue }
            let jumps = ["jump", "jumpIfFalse", "jumpIfGuarded", "jumpIfNotIntegers", "jumpIfNotLess"]
            current[pc] = Listed(pc: pc, op: op, offset: jumps.contains(op) ? fields.last.flatMap { Int($0) } : nil)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    @Test("no jump lands on a jump it could skip; loops keep their backward jump")
    func threaded() throws {
        let t = TestVM(booleans: true)
        let source = SourceFile(
            name: "<threading>",
            text: """
                _AddSlots: (| m = ( | r. i |
                    r: 0. i: 0.
                    [ i < 20 ] whileTrue: [
                        (i % 2) = 0 ifTrue: [ (i % 3) = 0 ifTrue: [ r: r + i ] ] False: [ r: r - 1 ].
                        i: i + 1 ].
                    0 to: 5 Do: [| :k | k = 2 ifTrue: [ r: r + 100 ] ].
                    r ) |)
                """)
        _ = try t.vm.compile(source, skipShebang: false, directory: ".").get()
        var jumps = 0
        var backward = 0
        for code in Self.codes(t.vm.bytecodeListing()) {
            for instruction in code.values {
                guard let offset = instruction.offset else { continue }
                jumps += 1
                let destination = instruction.pc + 1 + offset
                if instruction.op == "jump" && offset < 0 { backward += 1 }
                guard let landing = code[destination], landing.op == "jump", let next = landing.offset else {
                    continue
                }
                // What is left: a conditional jump onto a backward jump (a safepoint).
                #expect(instruction.op != "jump", "jump at \(instruction.pc) lands on a jump")
                #expect(next < 0, "\(instruction.op) at \(instruction.pc) lands on a forward jump")
            }
        }
        #expect(jumps > 10)
        #expect(backward >= 1, "the whileTrue: loop still ends with a backward jump")
    }
}

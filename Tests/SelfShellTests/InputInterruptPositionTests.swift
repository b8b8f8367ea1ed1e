import SelfSyntax
import Testing

@testable import SelfRuntime

/// Where an interrupt is reported (issue 9): a back edge leaves the frame at the start
/// of the loop, whose jump has no source range, so the report takes the range of the
/// first instruction from there that has one, in the statement that loops. The whole
/// path (Ctrl-C, a loop, the report) is driven end to end by the `interrupt_loop`
/// scenario of `InputPtySessionTests`, in a process of its own, since the interrupt
/// flag is the process's.
@Suite("interrupt positions")
struct InputInterruptPositionTests {
    func compiled(_ source: String) throws -> CompiledCode {
        let vm = VirtualMachine()
        let result = vm.compile(SourceFile(name: "<test>", bytes: Array(source.utf8)), skipShebang: false)
        return try result.get()
    }

    @Test("an instruction with a range reports its own")
    func ownRange() throws {
        let code = try compiled("3 print. 4 print")
        for pc in 1...code.positions.count where code.positions[pc - 1] != nil {
            #expect(VirtualMachine.position(in: code, before: pc) == code.positions[pc - 1])
        }
    }

    @Test("an instruction without one reports the next range after it, within the loop")
    func backEdge() throws {
        let source = "1 print.\n[ true ] whileTrue: [ 2 print ]"
        let code = try compiled(source)
        let loopStart = Array(source.utf8).firstIndex(of: UInt8(ascii: "\n"))! + 1
        // The first instruction of the loop statement; from there on every report,
        // the back edge's included, must point into the loop.
        let firstInLoop = try #require(code.positions.firstIndex { ($0?.start ?? -1) >= loopStart })
        var rangeless = 0
        for index in firstInLoop..<code.positions.count where code.positions[index] == nil {
            let range = VirtualMachine.position(in: code, before: index + 1)
            #expect(range == code.positions[index...].first { $0 != nil } ?? nil)
            if let range { #expect(range.start >= loopStart) }
            rangeless += 1
        }
        #expect(rangeless > 0)
        #expect(VirtualMachine.position(in: code, before: code.positions.count + 1) == nil)
    }
}

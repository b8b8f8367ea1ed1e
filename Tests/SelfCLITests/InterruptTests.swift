import Foundation
import Testing

/// Interrupts reach recursion that has no loop in it (issue 8, found by the fuzzers:
/// `fib: 45` ignored Ctrl-C and the fuzzers' time limit, which were checked only at
/// back edges). The fuzz worker's time limit interrupts as Ctrl-C does, so a replay
/// with a short limit shows it; in a process of its own, since the interrupt flag is
/// the process's.
@Suite struct InterruptTests {
    @Test("Recursion without a loop stops at an interrupt")
    func recursionIsInterruptible() throws {
        guard let selfBinary = SelfProcess.executable else { throw SelfProcessError.executableNotFound }
        let fuzz = selfBinary.deletingLastPathComponent().appendingPathComponent("self-fuzz")
        let scratch = try ScratchDirectory()
        let script = try scratch.write(
            "fib.self", "(| fib: n = ( n < 2 ifTrue: [ n ] False: [ (fib: n - 1) + (fib: n - 2) ] ) |) fib: 45.\n")
        let world = SelfProcess.packageRoot.appendingPathComponent("world").path
        let result = try SelfProcess.run(
            ["replay", "--family", "generate", "--world", world, "--time-limit", "300", script], in: scratch.url,
            executable: fuzz)
        #expect(result.status == 0)
        #expect(result.standardOutput == "time-limit=1\n")
    }
}

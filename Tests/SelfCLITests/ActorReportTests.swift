import Foundation
import Testing

/// How errors in actor mode are reported and what they do to the exit status
/// (actors.md §7, cli.md §3, §4.2): a regular actor's error kills only it and names
/// it; an error in the genesis ends the program with status 1; `--trace` names the
/// running actor.
@Suite struct ActorReportTests {
    static let regularActorFails = """
        std scheduler startWith: (|
            parent* = std traits actor.
            failing = (| parent* = std traits actor. main = ( _Error: 'boom' ) |).
            main = ( failing spawn. yield. 'after' printLine ).
        |).
        'done' printLine.
        """

    @Test("A regular actor's error is reported with its frames and id; the program goes on and exits 0")
    func regularActorError() throws {
        let scratch = try ScratchDirectory()
        let script = try scratch.write("actor.self", Self.regularActorFails)
        let result = try scratch.run(script)
        #expect(result.status == 0)
        #expect(result.standardOutput == "after\ndone\n")
        let lines = result.standardError.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Actor received error at top level: Error raised in Self code: boom")
        #expect(lines.count > 2 && lines[1].hasPrefix("  in actor #"))
        #expect(result.standardError.contains("  at main (actor.self:3:"))
    }

    @Test("An error in the genesis ends the program with status 1")
    func genesisError() throws {
        let scratch = try ScratchDirectory()
        let script = try scratch.write(
            "genesis.self", "(| main = ( _Error: 'stop' ) |) _Genesis: 'main'.\n'never' printLine.\n")
        let result = try scratch.run(script)
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("Received error at top level: Error raised in Self code: stop\n"))
        #expect(result.standardError.contains("  in the genesis actor (#"))
    }

    @Test("--trace names the actor that runs each instruction")
    func traceNamesActors() throws {
        let scratch = try ScratchDirectory()
        let script = try scratch.write("trace.self", "(| main = ( 42 ) |) _Genesis: 'main'.\n")
        let result = try scratch.run("--trace", script)
        #expect(result.status == 0)
        #expect(result.standardError.contains("] "))
        #expect(result.standardError.split(separator: "\n").contains { $0.hasPrefix("[#") && $0.contains(" main] ") })
    }
}

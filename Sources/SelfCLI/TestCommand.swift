import ArgumentParser
import SelfRuntime
import SelfTesting

/// `self test [PATH…]`: ZigSelf's test harness (cli.md §6). One VM, the world loaded
/// once, every `*.self` under the given files and directories run in it, then the
/// `Summary:` line and the failing tests. The work is done by `SelfTesting`, which
/// `swift test` shares (docs/testing.md).
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run Self test scripts in one VM and summarise the results."
    )

    @Option(help: "The world directory (default: SELF_WORLD, or the one found beside the executable).")
    var world: String?

    @Flag(help: "Do not load the world: run the tests in a bare VM.")
    var noWorld = false

    @Flag(help: "Collect garbage at every safepoint while the tests run (slow; finds missing roots).")
    var gcStress = false

    @Flag(help: "Check actor isolation at every store and collection while the tests run (slow).")
    var verifyIsolation = false

    @Argument(help: "Test files and directories (default: Tests/Scripts).")
    var paths: [String] = []

    func validate() throws {
        if noWorld && world != nil {
            throw ValidationError("--world and --no-world cannot be used together.")
        }
    }

    func run() throws {
        DebugOptions.apply(trace: false)
        if gcStress {
            DebugSwitches.gcStress = true
            DebugSwitches.poisonFreedMemory = true
        }
        if verifyIsolation { DebugSwitches.verifyIsolation = true }
        let choice: WorldChoice = noWorld ? .none : world.map { .directory($0) } ?? .automatic
        let options = TestRunOptions(paths: paths, world: choice, colorReports: Output.isTerminal(2))
        let status = TestRunner.run(options)
        if status != 0 { throw ExitCode(status) }
    }
}

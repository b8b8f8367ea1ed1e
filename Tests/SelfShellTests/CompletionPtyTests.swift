import Foundation
import Testing

/// Tab completion at a terminal: each scenario of `Fixtures/repl_pty_completion.py`
/// drives the built `self` under a pseudo-terminal (python3's pexpect): Tab never runs
/// code (`counter bump`), returns promptly on a looping method, lists candidates with
/// their defining ancestor, completes keyword selectors part by part, commands and
/// primitives. Skipped, saying why, when python3 or pexpect is missing.
@Suite("completion under a pseudo-terminal", .serialized)
struct CompletionPtyTests {
    /// The pexpect driver of these scenarios.
    static let script = ShellProcess.packageRoot.appendingPathComponent(
        "Tests/SelfShellTests/Fixtures/repl_pty_completion.py")

    @Test(
        "scenario", .enabled(if: ShellProcess.pexpectAvailable, "python3 with the pexpect module is not available"),
        arguments: ["no_run", "loop", "annotations", "keywords", "commands"])
    func scenario(_ name: String) throws {
        let executable = try #require(ShellProcess.executable, "\(ShellProcessError.executableNotFound)")
        let sandbox = try ShellSandbox()
        let result = try ShellProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", Self.script.path, name, executable.path, sandbox.world.path, sandbox.home.path])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    }
}

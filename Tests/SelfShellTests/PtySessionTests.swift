import Foundation
import Testing

/// The REPL at a terminal: each scenario of `Fixtures/repl_pty.py` drives the built
/// `self` under a pseudo-terminal made by python3's pexpect (no real terminal needed,
/// so this runs in CI). Skipped, saying why, when python3 or pexpect is missing.
@Suite("REPL under a pseudo-terminal", .serialized)
struct PtySessionTests {
    @Test(
        "scenario", .enabled(if: ShellProcess.pexpectAvailable, "python3 with the pexpect module is not available"),
        arguments: [
            "prompt", "evaluate", "error", "multiline", "history", "interrupt", "actor_interrupt", "eof", "completion",
            "exit",
        ])
    func scenario(_ name: String) throws {
        let executable = try #require(ShellProcess.executable, "\(ShellProcessError.executableNotFound)")
        let sandbox = try ShellSandbox()
        let result = try ShellProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", ShellProcess.ptyScript.path, name, executable.path, sandbox.world.path, sandbox.home.path])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    }
}

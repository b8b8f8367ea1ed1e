import Foundation
import Testing

/// Numbered results, the outliner's paging and error hints at a terminal: each
/// scenario of `Fixtures/repl_pty_outliner.py` drives the built `self` under a
/// pseudo-terminal made by python3's pexpect (24 rows). Skipped, saying why, when
/// python3 or pexpect is missing.
@Suite("outliner under a pseudo-terminal", .serialized)
struct OutlinerPtyTests {
    /// The pexpect driver of these scenarios.
    static let script = ShellProcess.packageRoot.appendingPathComponent(
        "Tests/SelfShellTests/Fixtures/repl_pty_outliner.py")

    @Test(
        "scenario", .enabled(if: ShellProcess.pexpectAvailable, "python3 with the pexpect module is not available"),
        arguments: ["results", "paging", "hint"])
    func scenario(_ name: String) throws {
        let executable = try #require(ShellProcess.executable, "\(ShellProcessError.executableNotFound)")
        let sandbox = try ShellSandbox()
        let result = try ShellProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", Self.script.path, name, executable.path, sandbox.world.path, sandbox.home.path])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    }
}

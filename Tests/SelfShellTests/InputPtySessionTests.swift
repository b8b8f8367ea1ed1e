import Foundation
import Testing

/// The REPL's input handling at a terminal (issue 9): each scenario of
/// `Fixtures/repl_pty_input.py` drives the built `self`, with the real world, under a
/// pseudo-terminal made by python3's pexpect. UTF-8 typed and invalid, Ctrl-D at a
/// continuation prompt, continuation after an operator or keyword part, bracketed
/// paste, Ctrl-C in a loop, in a blocking read and in actor mode (with the position of
/// the interrupted statement), the note after a second Ctrl-C, `TERM=dumb`,
/// `NO_COLOR`, and odd keys and window sizes. Skipped, saying why, when python3 or
/// pexpect is missing.
@Suite("REPL input under a pseudo-terminal", .serialized)
struct InputPtySessionTests {
    /// The driver.
    static let script = ShellProcess.packageRoot.appendingPathComponent(
        "Tests/SelfShellTests/Fixtures/repl_pty_input.py")
    /// The real world: the scenarios use `+`, `std in readLine` and actors.
    static let world = ShellProcess.packageRoot.appendingPathComponent("world")

    @Test(
        "scenario", .enabled(if: ShellProcess.pexpectAvailable, "python3 with the pexpect module is not available"),
        arguments: [
            "utf8", "invalid_utf8", "ctrl_d_continuation", "operator_continuation", "paste", "interrupt_loop",
            "interrupt_read", "interrupt_actor_read", "double_interrupt", "dumb", "no_color", "robustness",
            "two_shells", "stepping", "replay", "live_editing",
        ])
    func scenario(_ name: String) throws {
        let executable = try #require(ShellProcess.executable, "\(ShellProcessError.executableNotFound)")
        let sandbox = try ShellSandbox()
        let result = try ShellProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", Self.script.path, name, executable.path, Self.world.path, sandbox.home.path])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    }
}

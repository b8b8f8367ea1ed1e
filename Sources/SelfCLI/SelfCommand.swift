import ArgumentParser

/// The `self` command: runs a Self script (`self FILE`), opens the REPL (no
/// arguments), checks a file (`self parse`), runs script tests (`self test`).
@main
struct SelfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "self",
        abstract: "Self, as dialected by ZigSelf, with Erlang-style actors.",
        discussion: """
            `self FILE [ARGUMENT...]` runs a script (`self help run` lists its options).
            With no file, `self` opens the REPL: each input is evaluated with the lobby as
            self and its result printed and numbered ($1 = 7); Tab completes without
            running code; :inspect, :source, :where and :find explore objects; :changes,
            :undo, :save and :edit keep the lobby's edits; :help lists everything.
            """,
        version: swiftSelfVersion,
        subcommands: [RunCommand.self, ParseCommand.self, TestCommand.self],
        defaultSubcommand: RunCommand.self
    )

    /// Parses the command line and runs the chosen subcommand, turning ArgumentParser's
    /// exits into the statuses of cli.md §3: help and version exit 0, every usage
    /// error exits 1 after printing the message and the usage text to standard error.
    static func main() {
        do {
            // The most common call, `self FILE`, skips ArgumentParser's reflection-based
            // parsing: it costs about a third of starting on an empty script.
            if let file = RunCommand.plainFile(in: CommandLine.arguments) {
                try ScriptRunner(options: RunOptions(file: file)).run()
                return
            }
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Output.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                Output.standardError(message + "\n")
                Output.exit(0)
            }
            Output.standardError(message + "\n")
            // ArgumentParser's usage errors already end with "Usage: …" for the
            // subcommand concerned; add the root usage only to messages without one.
            if !message.contains("Usage:") && !message.contains("USAGE:") {
                Output.standardError("\nUsage: " + usageString() + "\n")
            }
            Output.exit(1)
        }
    }
}

/// The version printed by `--version`.
let swiftSelfVersion = "0.1.0"

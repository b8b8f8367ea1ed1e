import ArgumentParser
import SelfSyntax

/// `self [FILE]`: runs a script. The VM arrives with the "VM core" issue; until then
/// a file is parsed and checked, and no file prints the help.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Self script (the default subcommand).",
        shouldDisplay: false
    )

    @Flag(name: [.customShort("A"), .long], help: "Print the syntax tree and exit 0, as ZigSelf does.")
    var dumpAST = false

    @Argument(help: "The Self script to run.")
    var file: String?

    func run() throws {
        guard let file else {
            Output.standardError(SelfCommand.helpMessage() + "\n")
            return
        }
        let result = try ScriptLoading.parse(path: file)
        if dumpAST {
            Output.standardOutput(ASTDumper.dump(result.script))
            return
        }
        if result.hasErrors { throw ExitCode(1) }
        Output.standardError("self: running scripts is not available yet (only `self parse`).\n")
        throw ExitCode(1)
    }
}

import Foundation
import Testing

/// Live editing end to end (`:changes`, `:undo`, `:save`, `:load`, `:edit`), through
/// the REPL on piped input; the editor is a stand-in command given in `VISUAL`.
@Suite("REPL live editing")
struct LiveEditingSessionTests {
    @Test("changes are listed as a diff and undone input by input")
    func changesAndUndo() throws {
        let result = try ShellSandbox().pipe(
            """
            _AddSlots: (| counter <- 0. area = ( 6 ) |)
            counter: 5
            :changes
            :undo
            counter
            :undo
            :undo
            counter

            """)
        #expect(result.status == 0)
        #expect(
            result.standardOutput.contains(
                "input 1:\n  + counter <- 0\n  + area = (…)\ninput 2:\n  ~ counter <- 5   (was 0)\n"))
        #expect(result.standardOutput.contains("Undid input 2: counter.\n$1 = 0\n"))
        #expect(result.standardOutput.contains("Undid input 1: counter, area.\nNothing to undo.\n"))
        #expect(result.standardError.contains("Unknown selector \"counter\""), "the undone slot is gone")
    }

    @Test(":save writes the definitions, and :load in a new session defines them again")
    func saveAndLoad() throws {
        let sandbox = try ShellSandbox()
        let file = sandbox.url.appendingPathComponent("mine.self").path
        let saved = try sandbox.pipe(
            """
            _AddSlots: (| counter <- 0. twice: x = ( x _IntAdd: x ) |)
            counter: 12
            :save \(file)

            """)
        #expect(saved.standardOutput.contains("Saved 2 definitions to \(file).\n"))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("counter <- 12."))
        #expect(text.contains("twice: x = ( x _IntAdd: x )."))
        let loaded = try sandbox.pipe(":load \(file)\ntwice: counter\n:changes\n")
        #expect(loaded.standardError == "")
        #expect(loaded.standardOutput.contains("$1 = 24\n"))
        #expect(loaded.standardOutput.contains("+ counter <- 12"), "a loaded file is journaled like an input")
        let missing = try sandbox.pipe(":load /nonexistent/file.self\n")
        #expect(missing.standardError.contains("Cannot read '/nonexistent/file.self'"))
    }

    @Test(":edit opens the editor on the slot's definition and installs what it leaves")
    func edit() throws {
        let result = try ShellSandbox().pipe(
            "_AddSlots: (| area = ( 6 ) |)\n:edit area\narea\n:edit area\n",
            environment: ["VISUAL": "sed -i 's/( 6 )/( 7 )/'"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("added area\n$1 = 7\n"))
        #expect(result.standardError.contains("No change."), "the second edit finds nothing to replace")
        let failing = try ShellSandbox().pipe(":edit area\n", environment: ["VISUAL": "false"])
        #expect(failing.standardError.contains("the editor (false) exited with status 1"))
    }
}

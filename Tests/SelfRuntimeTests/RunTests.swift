import SelfRuntime
import Testing

/// Running scripts one after another in one VM (the REPL and the test harness do):
/// whatever way a run ends, the next starts from an empty stack.
@Suite("Running scripts")
struct RunTests {
    @Test(
        "the frame stack is empty after a script finishes, fails, or exits",
        arguments: [
            "_AddSlots: (| runDeep: n = ( n ) |). runDeep: 3",
            "_AddSlots: (| runFail = ( _Error: 'boom' ) |). runFail",
            "_AddSlots: (| runExit = ( _Exit: 0 ) |). runExit",
        ])
    func emptyStackAfterRun(_ text: String) {
        let t = TestVM()
        t.run(text)
        #expect(t.vm.stack.frameCount == 0)
        #expect(t.integer("3 _IntAdd: 4") == 7)
        #expect(t.vm.stack.frameCount == 0)
    }

    @Test("slots added to the lobby persist between runs; a failed run keeps what it added before failing")
    func lobbyPersists() {
        let t = TestVM()
        #expect(
            t.error("_AddSlots: (| persisted = 5 |). _Error: 'after adding'")
                == "Error raised in Self code: after adding")
        #expect(t.integer("persisted") == 5)
    }
}

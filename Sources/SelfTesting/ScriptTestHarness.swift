import SelfRuntime

/// Which world the harness loads before the tests.
public enum WorldChoice: Sendable, Equatable {
    /// The world found without configuration (`SELF_WORLD`, or the `world/` of the
    /// checkout or installation the executable belongs to; see `WorldLocation`).
    case automatic
    /// The world in this directory (`--world DIR`).
    case directory(String)
    /// No world: the tests run in a bare VM (`--no-world`), as primitive-only scripts.
    case none
}

/// Why the harness could not start: the world was not found or did not load. The
/// harness then runs no test (`cli.md` §6, step 2).
public struct HarnessSetupError: Error, Equatable, CustomStringConvertible {
    /// What went wrong, for a one-line message.
    public let message: String

    public var description: String { "the harness could not start: \(message)" }
}

/// ZigSelf's test harness (`cli.md` §6) around **one** VM: the world is loaded once,
/// then every test runs in the same VM as an entry script with the lobby as `self`,
/// so that what a test adds to the lobby stays for the tests after it.
///
/// Both `self test` (through `TestRunner`) and the `SelfScriptTests` target of
/// `swift test` run scripts through `run(_:)`, so the two cannot disagree.
///
/// Not thread-safe: the VM runs one script at a time. Callers that share a harness
/// between threads serialise the calls.
public final class ScriptTestHarness {
    /// The VM every test runs in.
    public let vm: VirtualMachine

    /// Creates the VM and loads the world into it. Debug switches that the heap reads
    /// at creation (`DebugSwitches.gcStress`) must be set before this.
    public init(world: WorldChoice, colorReports: Bool = false) throws(HarnessSetupError) {
        vm = VirtualMachine()
        vm.colorReports = colorReports
        let directory: String
        switch world {
        case .none:
            return
        case .directory(let explicit):
            directory = explicit
        case .automatic:
            guard let found = WorldLocation.find(explicit: nil) else {
                throw HarnessSetupError(message: "cannot find the world (world/everything.self); use --world DIR")
            }
            directory = found
        }
        if let problem = vm.loadWorld(from: directory) {
            throw HarnessSetupError(message: problem)
        }
    }

    /// Runs one test script and classifies how it ended.
    ///
    /// For an expected-error test (`*.error.self`) the VM's runtime-error reports are
    /// turned off while it runs, and so is the diagnostic of a code-generation error
    /// (an expected error too); parse diagnostics are printed for every test, as is
    /// program output.
    public func run(_ path: String) -> TestResult {
        let expectsError = TestDiscovery.isExpectedError(path)
        let saved = vm.suppressErrorReports
        vm.suppressErrorReports = expectsError
        defer { vm.suppressErrorReports = saved }
        let outcome = vm.runFile(path)
        switch outcome {
        case .compilationFailed(let failure):
            if case .parse = failure {
                vm.reportCompilationFailure(failure)
            } else if !expectsError {
                vm.reportCompilationFailure(failure)
            }
        case .exited:
            // `_Exit:` stops the interpreter where it is, leaving the test's frames on
            // the stack (`VirtualMachine.run` resets the stack only after an error);
            // drop them so that the next test starts from an empty stack.
            vm.resetStack()
        case .finished, .unreadable, .runtimeError:
            break
        }
        // A test that ended in actor mode (an error in the genesis, `_Exit:`) has had
        // actor mode reset by `VirtualMachine.run` already (cli.md §6, step 5).
        return TestResult(path: path, expectsError: expectsError, ending: TestEnding(outcome))
    }
}

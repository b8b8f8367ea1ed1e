import SelfRuntime

/// What `self test` was asked to do.
public struct TestRunOptions: Sendable {
    /// Files and directories of tests; empty means `TestRunner.defaultDirectory`.
    public var paths: [String]
    /// The world to load first.
    public var world: WorldChoice
    /// Whether the VM's reports use ANSI colours.
    public var colorReports: Bool

    public init(paths: [String], world: WorldChoice = .automatic, colorReports: Bool = false) {
        self.paths = paths
        self.world = world
        self.colorReports = colorReports
    }
}

/// A whole harness run, as `self test` does it: choose the tests, load the world
/// once, run every test printing a progress line after each, print the summary and
/// the failing tests, and answer the exit status (`cli.md` §6).
///
/// Progress lines and the summary go to standard output (unbuffered, so they
/// interleave with the tests' own output in order); the harness's own complaints go
/// to standard error with the prefix `self test: `.
public enum TestRunner {
    /// The tests run when no path is given, relative to the working directory.
    public static let defaultDirectory = "Tests/Scripts"

    /// Runs the tests and returns the exit status: 0 when every test passed, 1
    /// otherwise, and 1 without running anything when a path does not exist or the
    /// world does not load.
    public static func run(
        _ options: TestRunOptions,
        output: (String) -> Void = { Platform.write(1, $0) },
        errors: (String) -> Void = { Platform.writeError($0) }
    ) -> Int32 {
        var paths = options.paths
        if paths.isEmpty {
            guard Platform.isDirectory(defaultDirectory) else {
                errors("self test: no test paths given, and there is no \(defaultDirectory) directory here\n")
                return 1
            }
            paths = [defaultDirectory]
        }
        let tests: [String]
        do {
            tests = try TestDiscovery.collect(paths)
        } catch {
            errors("self test: \(error.message)\n")
            return 1
        }
        let harness: ScriptTestHarness
        do {
            harness = try ScriptTestHarness(world: options.world, colorReports: options.colorReports)
        } catch {
            errors("self test: \(error.message); no test was run\n")
            return 1
        }
        var results: [TestResult] = []
        results.reserveCapacity(tests.count)
        for test in tests {
            let result = harness.run(test)
            output(result.progressLine + "\n")
            results.append(result)
        }
        let summary = TestSummary(results: results)
        output(summary.report)
        return summary.exitStatus
    }
}

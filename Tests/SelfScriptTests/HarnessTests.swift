import SelfRuntime
import SelfTesting
import Testing

/// The harness itself (cli.md §6): classification of every way a test can end, the
/// summary and its exact first line, the exit status, and the choice of tests. The
/// scripts are tiny and use primitives only, in a VM without the world.
@Suite("Harness")
struct HarnessTests {
    // MARK: - Classification

    /// Script text, file name, and the verdict the harness must give.
    static let classificationCases: [(name: String, text: String, verdict: TestVerdict)] = [
        ("finishes.self", "3 _IntAdd: 4", .passed),
        ("raises.self", "_Error: 'boom'", .failed),
        ("unknown-selector.self", "3 harnessNoSuchSelector", .failed),
        ("does-not-parse.self", "(3 _IntAdd: ", .failedToParse),
        ("unknown-primitive.self", "3 _HarnessNoSuchPrimitive", .crashed),
        ("exit-zero.self", "_Exit: 0", .passed),
        ("exit-three.self", "_Exit: 3", .failed),
        ("raises.error.self", "_Error: 'boom'", .passed),
        ("unknown-selector.error.self", "3 harnessNoSuchSelector", .passed),
        ("does-not-parse.error.self", "(3 _IntAdd: ", .failedToParse),
        ("unknown-primitive.error.self", "3 _HarnessNoSuchPrimitive", .passed),
        ("finishes.error.self", "3 _IntAdd: 4", .passingExpectedError),
        ("exit-zero.error.self", "_Exit: 0", .passingExpectedError),
        ("exit-three.error.self", "_Exit: 3", .passed),
    ]

    @Test("each way a test can end gets the category of cli.md §6", arguments: classificationCases)
    func classification(_ name: String, _ text: String, _ verdict: TestVerdict) throws {
        let scripts = try TemporaryScripts()
        let path = try scripts.write(name, text)
        let harness = try ScriptTestHarness(world: .none)
        let result = harness.run(path)
        #expect(result.verdict == verdict, "\(result.progressLine)")
        #expect(result.expectsError == name.hasSuffix(".error.self"))
        #expect(harness.vm.stack.frameCount == 0, "the next test must start from an empty stack")
        #expect(harness.vm.suppressErrorReports == false, "suppression must end with the test")
    }

    @Test("a file that cannot be read counts as failing to parse")
    func unreadable() throws {
        let harness = try ScriptTestHarness(world: .none)
        let result = harness.run("/nonexistent/harness-test.self")
        #expect(result.verdict == .failedToParse)
        guard case .unreadable(let message) = result.ending else {
            Issue.record("expected .unreadable, got \(result.ending)")
            return
        }
        #expect(message.contains("/nonexistent/harness-test.self"))
    }

    @Test("the classification table, ending by ending")
    func table() {
        let rows: [(TestEnding, normal: TestVerdict, expectedError: TestVerdict)] = [
            (.parseError, .failedToParse, .failedToParse),
            (.unreadable("x"), .failedToParse, .failedToParse),
            (.codeGenerationError, .crashed, .passed),
            (.runtimeError("x"), .failed, .passed),
            (.finished, .passed, .passingExpectedError),
            (.exited(0), .passed, .passingExpectedError),
            (.exited(1), .failed, .passed),
            (.exited(255), .failed, .passed),
        ]
        for row in rows {
            #expect(row.0.verdict(expectingError: false) == row.normal, "\(row.0), normal test")
            #expect(row.0.verdict(expectingError: true) == row.expectedError, "\(row.0), .error.self test")
        }
    }

    // MARK: - One VM

    @Test("tests share one VM: a slot one test adds to the lobby is there for the next")
    func sharedLobby() throws {
        let scripts = try TemporaryScripts()
        let first = try scripts.write("a.self", "_AddSlots: (| harnessShared = 42 |)")
        let second = try scripts.write("b.self", "'a' _ByteAt: (harnessShared _IntSub: 42)")
        let harness = try ScriptTestHarness(world: .none)
        #expect(harness.run(second).verdict == .failed, "not defined yet")
        #expect(harness.run(first).verdict == .passed)
        #expect(harness.run(second).verdict == .passed)
    }

    @Test("after a runtime error deep in methods, or an exit, the next test runs normally")
    func recoveryAfterErrors() throws {
        let scripts = try TemporaryScripts()
        let deep = try scripts.write(
            "deep.self",
            "_AddSlots: (| harnessDeep: n = ( 'a' _ByteAt: n ) |).\n"
                + "_AddSlots: (| harnessNest: n = ( harnessDeep: n ) |).\nharnessNest: 5")
        let exits = try scripts.write("exit.self", "_AddSlots: (| harnessExit = ( _Exit: 0 ) |).\nharnessExit")
        let fine = try scripts.write("fine.self", "harnessNest: 0")
        let harness = try ScriptTestHarness(world: .none)
        #expect(harness.run(deep).verdict == .failed)
        #expect(harness.vm.stack.frameCount == 0)
        #expect(harness.run(exits).verdict == .passed)
        #expect(harness.vm.stack.frameCount == 0)
        let result = harness.run(fine)
        #expect(result.verdict == .passed, "\(result.progressLine)")
    }

    @Test("a world directory that does not load stops the harness before any test")
    func missingWorld() throws {
        let scripts = try TemporaryScripts()
        #expect(throws: HarnessSetupError.self) {
            try ScriptTestHarness(world: .directory(scripts.path + "/no-world-here"))
        }
        try scripts.write("broken-world/everything.self", "_Error: 'the world is broken'")
        #expect(throws: HarnessSetupError.self) {
            try ScriptTestHarness(world: .directory(scripts.path + "/broken-world"))
        }
        try scripts.write("good-world/everything.self", "_AddSlots: (| harnessWorld = 1 |)")
        let harness = try ScriptTestHarness(world: .directory(scripts.path + "/good-world"))
        let test = try scripts.write("uses-world.self", "'a' _ByteAt: (harnessWorld _IntSub: 1)")
        #expect(harness.run(test).verdict == .passed)
    }

    // MARK: - Summary and exit status

    static func result(_ path: String, _ ending: TestEnding) -> TestResult {
        TestResult(path: path, expectsError: TestDiscovery.isExpectedError(path), ending: ending)
    }

    @Test("the summary line has exactly ZigSelf's wording and counts")
    func summaryLine() {
        let summary = TestSummary(results: [
            Self.result("a.self", .finished),
            Self.result("b.self", .finished),
            Self.result("c.self", .runtimeError("boom")),
            Self.result("d.self", .parseError),
            Self.result("e.self", .codeGenerationError),
            Self.result("f.error.self", .finished),
            Self.result("g.error.self", .runtimeError("boom")),
            Self.result("h.error.self", .exited(0)),
        ])
        #expect(
            summary.summaryLine
                == "Summary: 8 total, 3 passed, 1 failed, 1 failed to parse, 1 crashed, 2 passing expected-error.")
        #expect(
            summary.report == """
                Summary: 8 total, 3 passed, 1 failed, 1 failed to parse, 1 crashed, 2 passing expected-error.
                Failed:
                  c.self
                Failed to parse:
                  d.self
                Crashed:
                  e.self
                Passing expected-error:
                  f.error.self
                  h.error.self

                """)
        #expect(summary.exitStatus == 1)
    }

    @Test("all passing: no lists after the summary, exit status 0")
    func allPassing() {
        let summary = TestSummary(results: [
            Self.result("a.self", .finished), Self.result("b.error.self", .runtimeError("x")),
        ])
        #expect(
            summary.report
                == "Summary: 2 total, 2 passed, 0 failed, 0 failed to parse, 0 crashed, 0 passing expected-error.\n")
        #expect(summary.exitStatus == 0)
        #expect(TestSummary(results: []).exitStatus == 0)
        #expect(
            TestSummary(results: []).summaryLine
                == "Summary: 0 total, 0 passed, 0 failed, 0 failed to parse, 0 crashed, 0 passing expected-error.")
    }

    @Test(
        "any failing category alone makes the exit status 1",
        arguments: [
            TestEnding.runtimeError("x"), .parseError, .codeGenerationError, .exited(2),
        ])
    func failingCategory(_ ending: TestEnding) {
        let summary = TestSummary(results: [Self.result("ok.self", .finished), Self.result("bad.self", ending)])
        #expect(summary.exitStatus == 1)
        let expectedError = TestSummary(results: [Self.result("bad.error.self", .finished)])
        #expect(expectedError.exitStatus == 1)
    }

    @Test("progress lines say PASS or FAIL, the path, and why")
    func progressLines() {
        #expect(Self.result("a.self", .finished).progressLine == "PASS a.self")
        #expect(Self.result("a.self", .runtimeError("boom")).progressLine == "FAIL a.self (failed: boom)")
        #expect(Self.result("a.self", .parseError).progressLine == "FAIL a.self (failed to parse)")
        #expect(Self.result("a.self", .codeGenerationError).progressLine == "FAIL a.self (crashed)")
        #expect(Self.result("a.error.self", .finished).progressLine == "FAIL a.error.self (passing expected-error)")
        #expect(Self.result("a.error.self", .runtimeError("boom")).progressLine == "PASS a.error.self")
        #expect(Self.result("a.self", .exited(4)).progressLine == "FAIL a.self (failed: _Exit: 4)")
        #expect(Self.result("a.self", .exited(0)).progressLine == "PASS a.self (_Exit: 0)")
    }

    // MARK: - Choosing the tests

    @Test("directories are walked recursively in sorted order; .disabled and hidden files are skipped")
    func discovery() throws {
        let scripts = try TemporaryScripts()
        for name in [
            "b/two.self", "b/one.self", "a.self", "b/c/deep.error.self", "b/off.self.disabled", "b/notes.txt",
            ".hidden/x.self", "b/.swap.self", "ab.self",
        ] {
            try scripts.write(name, "3")
        }
        let root = scripts.path
        let found = try TestDiscovery.collect([root])
        #expect(
            found == [
                "\(root)/a.self", "\(root)/ab.self", "\(root)/b/c/deep.error.self", "\(root)/b/one.self",
                "\(root)/b/two.self",
            ])
        // Files named explicitly run as given, in the order given, each once.
        let explicit = try TestDiscovery.collect(["\(root)/b/two.self", "\(root)/b", "\(root)/b/off.self.disabled"])
        #expect(
            explicit == [
                "\(root)/b/two.self", "\(root)/b/c/deep.error.self", "\(root)/b/one.self",
                "\(root)/b/off.self.disabled",
            ])
        #expect(throws: TestDiscoveryError(path: "\(root)/missing")) {
            try TestDiscovery.collect(["\(root)/a.self", "\(root)/missing"])
        }
        #expect(TestDiscovery.isExpectedError("x/y.error.self"))
        #expect(!TestDiscovery.isExpectedError("x/error.self.disabled"))
        #expect(!TestDiscovery.isExpectedError("x/y.self"))
    }

    // MARK: - A whole run, as `self test` does it

    @Test("a whole run prints a progress line per test, the summary, the failing tests, and answers 1")
    func wholeRun() throws {
        let scripts = try TemporaryScripts()
        try scripts.write("pass.self", "3")
        try scripts.write("fail.self", "_Error: 'expected failure of the harness test'")
        try scripts.write("ok.error.self", "_Error: 'boom'")
        try scripts.write("skipped.self.disabled", "_Error: 'must not run'")
        var output = ""
        var errors = ""
        let status = TestRunner.run(
            TestRunOptions(paths: [scripts.path], world: .none), output: { output += $0 }, errors: { errors += $0 })
        #expect(status == 1)
        #expect(errors == "")
        let root = scripts.path
        #expect(
            output == """
                FAIL \(root)/fail.self (failed: Error raised in Self code: expected failure of the harness test)
                PASS \(root)/ok.error.self
                PASS \(root)/pass.self
                Summary: 3 total, 2 passed, 1 failed, 0 failed to parse, 0 crashed, 0 passing expected-error.
                Failed:
                  \(root)/fail.self

                """)
    }

    @Test("a whole run where everything passes answers 0")
    func wholeRunPassing() throws {
        let scripts = try TemporaryScripts()
        try scripts.write("pass.self", "3")
        try scripts.write("ok.error.self", "_Error: 'boom'")
        var output = ""
        let status = TestRunner.run(TestRunOptions(paths: [scripts.path], world: .none), output: { output += $0 })
        #expect(status == 0)
        #expect(
            output.hasSuffix(
                "Summary: 2 total, 2 passed, 0 failed, 0 failed to parse, 0 crashed, 0 passing expected-error.\n"))
    }

    @Test("a missing path or a world that does not load runs nothing and answers 1")
    func setupFailures() throws {
        let scripts = try TemporaryScripts()
        try scripts.write("pass.self", "3")
        var output = ""
        var errors = ""
        var status = TestRunner.run(
            TestRunOptions(paths: [scripts.path + "/nope"], world: .none), output: { output += $0 },
            errors: { errors += $0 })
        #expect(status == 1)
        #expect(output == "")
        #expect(errors == "self test: no such file or directory: '\(scripts.path)/nope'\n")
        errors = ""
        try scripts.write("bad-world/everything.self", "_Error: 'no world today'")
        status = TestRunner.run(
            TestRunOptions(paths: [scripts.path + "/pass.self"], world: .directory(scripts.path + "/bad-world")),
            output: { output += $0 }, errors: { errors += $0 })
        #expect(status == 1)
        #expect(output == "")
        #expect(errors.hasPrefix("self test: "))
        #expect(errors.hasSuffix("; no test was run\n"))
    }
}

/// The result of one test script.
public struct TestResult: Sendable, Equatable {
    /// The script's path, as the harness was given or found it.
    public let path: String
    /// Whether the script is an expected-error test.
    public let expectsError: Bool
    /// How the script ended.
    public let ending: TestEnding
    /// Its category.
    public var verdict: TestVerdict { ending.verdict(expectingError: expectsError) }

    public init(path: String, expectsError: Bool, ending: TestEnding) {
        self.path = path
        self.expectsError = expectsError
        self.ending = ending
    }

    /// The progress line printed after the test ran: `PASS path`, or `FAIL path` with
    /// the category and, where there is one, the reason.
    public var progressLine: String {
        var line = "\(verdict.progressWord) \(path)"
        if verdict != .passed {
            line += " (\(verdict.categoryName)"
            switch ending {
            case .runtimeError(let message) where !expectsError: line += ": \(message)"
            case .unreadable(let message): line += ": \(message)"
            case .exited(let status): line += ": _Exit: \(status)"
            default: break
            }
            line += ")"
        } else if case .exited(let status) = ending {
            line += " (_Exit: \(status))"
        }
        return line
    }
}

/// The results of a whole run, the summary of `cli.md` §6 step 7, and the exit status.
public struct TestSummary: Sendable, Equatable {
    /// Every result, in run order.
    public let results: [TestResult]

    public init(results: [TestResult]) { self.results = results }

    /// The paths of the tests in a category, in run order.
    public func paths(_ verdict: TestVerdict) -> [String] {
        results.filter { $0.verdict == verdict }.map(\.path)
    }

    /// How many tests fell in a category.
    public func count(_ verdict: TestVerdict) -> Int {
        results.count { $0.verdict == verdict }
    }

    /// The summary line, exactly as ZigSelf's harness prints it:
    /// `Summary: N total, P passed, F failed, X failed to parse, C crashed, E passing expected-error.`
    public var summaryLine: String {
        "Summary: \(results.count) total, \(count(.passed)) passed, \(count(.failed)) failed, "
            + "\(count(.failedToParse)) failed to parse, \(count(.crashed)) crashed, "
            + "\(count(.passingExpectedError)) passing expected-error."
    }

    /// The categories that make the run fail, in the order of the summary line.
    public static let failingCategories: [TestVerdict] = [.failed, .failedToParse, .crashed, .passingExpectedError]

    /// The summary line, then, for each non-empty failing category, a heading and the
    /// names of its tests, one per line, indented by two spaces:
    ///
    /// ```
    /// Summary: 3 total, 1 passed, 1 failed, 0 failed to parse, 0 crashed, 1 passing expected-error.
    /// Failed:
    ///   Tests/Scripts/a.self
    /// Passing expected-error:
    ///   Tests/Scripts/b.error.self
    /// ```
    public var report: String {
        var text = summaryLine + "\n"
        for category in TestSummary.failingCategories {
            let names = paths(category)
            guard !names.isEmpty else { continue }
            text += category.categoryName.prefix(1).uppercased() + category.categoryName.dropFirst() + ":\n"
            for name in names { text += "  \(name)\n" }
        }
        return text
    }

    /// Whether every test passed (an empty run passes).
    public var passed: Bool { results.allSatisfy { $0.verdict == .passed } }

    /// The harness's exit status: 1 if any category other than "passed" is non-empty,
    /// otherwise 0.
    public var exitStatus: Int32 { passed ? 0 : 1 }
}

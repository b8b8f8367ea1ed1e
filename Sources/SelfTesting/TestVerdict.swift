import SelfRuntime

/// The outcome of one script test, in the categories of ZigSelf's harness
/// (`cli.md` §6, step 6). Every case but `passed` is a failure.
public enum TestVerdict: Sendable, Equatable, CaseIterable {
    /// A normal test finished, or an expected-error test ended in an error.
    case passed
    /// A normal test ended in a runtime error (or a non-zero `_Exit:`).
    case failed
    /// The file did not parse (or could not be read): nothing ran.
    case failedToParse
    /// A normal test hit a code-generation error (`language.md` §3.2): nothing ran.
    case crashed
    /// An expected-error test (`*.error.self`) finished without an error.
    case passingExpectedError

    /// The name of the category, as the summary line words it.
    public var categoryName: String {
        switch self {
        case .passed: "passed"
        case .failed: "failed"
        case .failedToParse: "failed to parse"
        case .crashed: "crashed"
        case .passingExpectedError: "passing expected-error"
        }
    }

    /// The word of the progress line printed after each test.
    public var progressWord: String {
        self == .passed ? "PASS" : "FAIL"
    }
}

/// How a test script ended, with the details the classification does not need left
/// out. It is what `VirtualMachine.runFile` answers, reduced.
public enum TestEnding: Sendable, Equatable {
    /// The script ran to its end.
    case finished
    /// The file could not be read; the message says why.
    case unreadable(String)
    /// The file did not parse.
    case parseError
    /// The file parsed but could not be compiled (unknown primitive, too many
    /// arguments or slots).
    case codeGenerationError
    /// A runtime error reached the top level.
    case runtimeError(String)
    /// The script sent `_Exit:` with this status.
    case exited(Int32)

    /// The ending of a run of the VM.
    public init(_ outcome: RunOutcome) {
        switch outcome {
        case .finished: self = .finished
        case .unreadable(let message): self = .unreadable(message)
        case .compilationFailed(.parse): self = .parseError
        case .compilationFailed(.codeGeneration): self = .codeGenerationError
        case .runtimeError(let error): self = .runtimeError(error.message)
        case .exited(let status): self = .exited(status)
        }
    }

    /// Classifies an ending by the table of `cli.md` §6, step 6:
    ///
    /// | ending                  | normal test     | `.error.self` test       |
    /// |-------------------------|-----------------|--------------------------|
    /// | parse error, unreadable | failed to parse | failed to parse          |
    /// | code-generation error   | crashed         | passed                   |
    /// | runtime error           | failed          | passed                   |
    /// | finished, `_Exit: 0`    | passed          | passing expected-error   |
    /// | `_Exit:` n ≠ 0          | failed          | passed                   |
    ///
    /// `_Exit:` is not part of ZigSelf's table (there it ends the whole harness
    /// process). Here it ends only the test: status 0 counts as finishing normally,
    /// any other status as an error reaching the top level (docs/testing.md).
    public func verdict(expectingError: Bool) -> TestVerdict {
        switch self {
        case .unreadable, .parseError:
            return .failedToParse
        case .codeGenerationError:
            return expectingError ? .passed : .crashed
        case .runtimeError:
            return expectingError ? .passed : .failed
        case .finished, .exited(0):
            return expectingError ? .passingExpectedError : .passed
        case .exited:
            return expectingError ? .passed : .failed
        }
    }
}

import Foundation
import SelfRuntime
import SelfTesting
import Testing

/// Every `*.self` script under `Tests/Scripts/`, one test case each, run through the
/// same harness as `self test` (docs/testing.md). The cases share one VM with the
/// world loaded once, as `self test` does, so they run one at a time.
@Suite("Script tests")
struct ScriptTests {
    @Test("script", .serialized, arguments: ScriptCatalog.tests)
    func script(_ path: String) throws {
        let result = try SharedHarness.shared.run(path)
        #expect(result.verdict == .passed, "\(result.progressLine)")
    }
}

/// Where the script tests are, found from this file's own path, so that `swift test`
/// finds them whatever the scratch path or working directory.
enum ScriptCatalog {
    /// The package root: this file is `<root>/Tests/SelfScriptTests/ScriptTests.swift`.
    static let packageRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The folder of script tests, relative to the package root.
    static let scriptsFolder = "Tests/Scripts"

    /// The tests, as paths relative to the package root (the names `self test` would
    /// print when run from the root), in the harness's order.
    static let tests: [String] = {
        let prefix = packageRoot + "/"
        let found = (try? TestDiscovery.collect([prefix + scriptsFolder])) ?? []
        return found.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
    }()
}

/// The one harness shared by every case of `ScriptTests`, created on first use: a VM
/// with the world of this checkout (`<root>/world`) loaded.
///
/// The harness is not thread-safe; Swift Testing runs tests in parallel, so every
/// use goes through `lock` (the cases are also `.serialized`). That is why this
/// class may be `@unchecked Sendable`.
final class SharedHarness: @unchecked Sendable {
    /// The process-wide instance.
    static let shared = SharedHarness()

    /// Guards `state`.
    private let lock = NSLock()
    /// The harness, or why it could not start; nil until first use.
    private var state: Result<ScriptTestHarness, HarnessSetupError>?

    /// Runs one script, relative to the package root, from the package root (file
    /// primitives in tests resolve fixtures against the working directory, cli.md §5).
    /// Throws when the world did not load, so that every case reports it.
    func run(_ path: String) throws -> TestResult {
        lock.lock()
        defer { lock.unlock() }
        if state == nil {
            // `swift test` normally runs from the package root already; this makes the
            // working directory right when it is started from elsewhere.
            FileManager.default.changeCurrentDirectoryPath(ScriptCatalog.packageRoot)
            state = Result { () throws(HarnessSetupError) in
                try ScriptTestHarness(world: .directory(ScriptCatalog.packageRoot + "/world"))
            }
        }
        return try state!.get().run(path)
    }
}

import SelfRuntime

/// Chooses the test scripts (`cli.md` §6, step 3) from the paths given on the command
/// line: a directory stands for every `*.self` file below it, walked recursively; a
/// file stands for itself.
///
/// Rules:
/// - In a directory walk, only names ending in `.self` count, so `*.self.disabled`
///   files (and fixtures with other names) are skipped. Names starting with `.` are
///   skipped too (hidden files, editor droppings, build folders).
/// - The walk is depth-first with the entries of each directory sorted by name
///   (byte order), so the order is the same on every machine and every run. Tests
///   must not depend on it, but a deterministic order makes a failure that does
///   depend on it reproducible.
/// - A file named explicitly is run whatever its name.
/// - The paths keep the form they were given in (`Tests/Scripts/x/y.self`), since
///   that is how diagnostics and the summary name them; a file reached twice is run
///   once, at its first place.
public enum TestDiscovery {
    /// The file-name suffix of test scripts.
    public static let testSuffix = ".self"
    /// The file-name suffix of expected-error tests.
    public static let expectedErrorSuffix = ".error.self"

    /// Whether a test is an expected-error test (its name ends in `.error.self`).
    public static func isExpectedError(_ path: String) -> Bool {
        path.hasSuffix(expectedErrorSuffix)
    }

    /// The test files that `paths` stand for, in run order. Throws for a path that
    /// does not exist, before anything has run.
    public static func collect(_ paths: [String]) throws(TestDiscoveryError) -> [String] {
        var found: [String] = []
        var seen: Set<String> = []
        for path in paths {
            if Platform.isDirectory(path) {
                walk(path, into: &found)
            } else if Platform.exists(path) {
                found.append(path)
            } else {
                throw TestDiscoveryError(path: path)
            }
        }
        return found.filter { seen.insert($0).inserted }
    }

    /// Appends the `*.self` files under `directory` in sorted depth-first order.
    static func walk(_ directory: String, into found: inout [String]) {
        let names = Platform.directoryEntries(directory).filter { !$0.hasPrefix(".") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        for name in names {
            let path = Path.join(directory, name)
            if Platform.isDirectory(path) {
                walk(path, into: &found)
            } else if name.hasSuffix(testSuffix) {
                found.append(path)
            }
        }
    }
}

/// A path given to the harness that names nothing.
public struct TestDiscoveryError: Error, Equatable {
    /// The path as it was given.
    public let path: String

    public init(path: String) { self.path = path }

    /// The message printed before the harness gives up.
    public var message: String { "no such file or directory: '\(path)'" }
}

import Foundation
import Testing

/// Runs the built `self` executable as a child process, the way a user or a script
/// would, and captures what it prints.
///
/// The executable is looked for, in order: at `$SELF_BINARY`; next to the running test
/// executable (SwiftPM puts the test bundle and `self` in the same build products
/// folder, whatever the scratch path); in `.build/debug/` of the package this file
/// belongs to.
struct SelfProcess {
    /// What a finished run left behind.
    struct Result {
        /// The exit status.
        var status: Int32
        /// Everything written to standard output.
        var standardOutput: String
        /// Everything written to standard error.
        var standardError: String
    }

    /// How long a run may take before it is killed and the test fails.
    static let timeout: TimeInterval = 60

    /// The package root: this file is `<root>/Tests/SelfCLITests/SelfProcess.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `self` executable under test.
    static let executable: URL? = {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let path = ProcessInfo.processInfo.environment["SELF_BINARY"], !path.isEmpty {
            candidates.append(URL(fileURLWithPath: path))
        }
        let runningExecutable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        candidates.append(runningExecutable.deletingLastPathComponent().appendingPathComponent("self"))
        if let bundleExecutable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(bundleExecutable.deletingLastPathComponent().appendingPathComponent("self"))
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("self"))
        candidates.append(packageRoot.appendingPathComponent(".build/debug/self"))
        return candidates.first { fileManager.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `self` with the given arguments in `directory`. Standard input is empty and
    /// both output streams are files, so `self` sees no terminal anywhere. `COLUMNS` is
    /// fixed so that the help text wraps the same way on every machine.
    /// `program` runs instead of `self` when given (a shell that sets limits, then
    /// runs `self`).
    static func run(_ arguments: [String], in directory: URL, executable program: URL? = nil) throws -> Result {
        guard let executable = program ?? executable else {
            throw SelfProcessError.executableNotFound
        }
        let temporary = FileManager.default.temporaryDirectory
        let outputURL = temporary.appendingPathComponent("self-stdout-\(UUID().uuidString)")
        let errorURL = temporary.appendingPathComponent("self-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        let outputHandle = try FileHandle(forWritingTo: outputURL)
        let errorHandle = try FileHandle(forWritingTo: errorURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "80"
        environment["LINES"] = "24"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outputHandle
        process.standardError = errorHandle
        try process.run()

        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.005)
        }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw SelfProcessError.timedOut(arguments)
        }
        process.waitUntilExit()
        try outputHandle.close()
        try errorHandle.close()
        return Result(
            status: process.terminationStatus,
            standardOutput: try String(contentsOf: outputURL, encoding: .utf8),
            standardError: try String(contentsOf: errorURL, encoding: .utf8))
    }
}

/// Why `self` could not be run.
enum SelfProcessError: Error, CustomStringConvertible {
    case executableNotFound
    case timedOut([String])

    var description: String {
        switch self {
        case .executableNotFound:
            "the `self` executable was not found next to the test executable or in .build/debug; "
                + "build it (swift build) or set SELF_BINARY"
        case .timedOut(let arguments):
            "`self \(arguments.joined(separator: " "))` did not finish within \(SelfProcess.timeout) seconds"
        }
    }
}

/// A fresh directory for one test's source files, removed when the test ends.
final class ScratchDirectory {
    /// The directory.
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("SelfCLITests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `text` to `name` inside the directory and returns `name`, the relative
    /// path to pass to `self`.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return name
    }

    /// Runs `self` in this directory.
    func run(_ arguments: String...) throws -> SelfProcess.Result {
        try SelfProcess.run(arguments, in: url)
    }

    /// Runs `self SCRIPT` in this directory through `/bin/sh`, after the shell
    /// commands `setup` (a `ulimit`, or variable assignments, ending with a space or
    /// `&& `), which then `exec` it.
    func run(script: String, after setup: String) throws -> SelfProcess.Result {
        guard let executable = SelfProcess.executable else { throw SelfProcessError.executableNotFound }
        return try SelfProcess.run(
            ["-c", "\(setup)exec \"$0\" \"$1\"", executable.path, script], in: url,
            executable: URL(fileURLWithPath: "/bin/sh"))
    }
}

/// Compares `actual` with the snapshot file `Snapshots/<name>` next to this file.
/// With `SELF_RECORD_SNAPSHOTS=1` in the environment the file is (re)written instead.
/// Snapshots are never edited by hand.
func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = SelfProcess.packageRoot.appendingPathComponent("Tests/SelfCLITests/Snapshots/\(name)")
    if ProcessInfo.processInfo.environment["SELF_RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not record snapshot \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(
            "snapshot \(name) is missing; record it with SELF_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    #expect(
        actual == expected, "differs from snapshot \(name) (re-record with SELF_RECORD_SNAPSHOTS=1)",
        sourceLocation: sourceLocation)
}

import Foundation

/// Runs the built `self` executable for the end-to-end REPL tests, with a tiny world of
/// its own so that these tests do not depend on the real standard library.
///
/// The executable is looked for at `$SELF_BINARY`, then next to the running test
/// executable (SwiftPM builds `self` into the same products folder whatever the scratch
/// path), then in `.build/debug/` of this package.
enum ShellProcess {
    /// The package root: this file is `<root>/Tests/SelfShellTests/ShellProcess.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The pexpect driver.
    static let ptyScript = packageRoot.appendingPathComponent("Tests/SelfShellTests/Fixtures/repl_pty.py")

    /// How long one run may take before it is killed and the test fails.
    static let timeout: TimeInterval = 60

    /// The `self` executable under test, if built.
    static let executable: URL? = {
        var candidates: [URL] = []
        if let path = ProcessInfo.processInfo.environment["SELF_BINARY"], !path.isEmpty {
            candidates.append(URL(fileURLWithPath: path))
        }
        let running = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        candidates.append(running.deletingLastPathComponent().appendingPathComponent("self"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("self"))
        candidates.append(packageRoot.appendingPathComponent(".build/debug/self"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Whether python3 with pexpect can be run (checked once).
    static let pexpectAvailable: Bool = {
        guard let result = try? run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import pexpect"]) else {
            return false
        }
        return result.status == 0
    }()

    /// The world used by these tests: `answer`, `double:`, a `std traits integer`,
    /// and `nil`, `true`, `false` and `lobby` as the real world defines them.
    static let worldSource = """
        "The REPL tests' world."
        _AddSlots: (|
            nil = _Nil.
            lobby = self.
            true = 0 _IntLT: 1.
            false = 1 _IntLT: 0.
            answer = 42.
            double: x = ( x _IntAdd: x ).
            std = (| traits = (| integer = 0 parent |) |).
        |).

        """

    /// Runs `self` with the project's real world and `input` piped in, HOME set to a
    /// fresh folder (removed afterwards) and no history file.
    static func realWorldSession(_ input: String) throws -> Result {
        guard let executable else { throw ShellProcessError.executableNotFound }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let world = packageRoot.appendingPathComponent("world").path
        return try run(
            executable, ["--world", world], input: input, environment: ["HOME": home.path, "SELF_HISTORY": ""])
    }

    /// What a finished run left behind.
    struct Result {
        /// The exit status.
        var status: Int32
        /// Everything written to standard output.
        var standardOutput: String
        /// Everything written to standard error.
        var standardError: String
    }

    /// Runs a program with `input` on its standard input (a pipe) and captures both
    /// output streams (pipes too, so nothing sees a terminal).
    static func run(
        _ program: URL, _ arguments: [String], input: String = "", environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let inputPipe = Pipe()
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardInput = inputPipe
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        try process.run()
        inputPipe.fileHandleForWriting.write(Data(input.utf8))
        try inputPipe.fileHandleForWriting.close()

        // Read both streams on their own threads so that neither pipe fills up.
        nonisolated(unsafe) var output = Data()
        nonisolated(unsafe) var error = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { output = outputPipe.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { error = errorPipe.fileHandleForReading.readDataToEndOfFile() }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw ShellProcessError.timedOut(arguments)
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: output, as: UTF8.self),
            standardError: String(decoding: error, as: UTF8.self))
    }
}

/// Why a run could not be made.
enum ShellProcessError: Error, CustomStringConvertible {
    case executableNotFound
    case timedOut([String])

    var description: String {
        switch self {
        case .executableNotFound:
            "the `self` executable was not found next to the test executable or in .build/debug; "
                + "build it (swift build) or set SELF_BINARY"
        case .timedOut(let arguments):
            "`\(arguments.joined(separator: " "))` did not finish within \(ShellProcess.timeout) seconds"
        }
    }
}

/// A fresh directory holding the test world and a home directory, removed at the end.
final class ShellSandbox {
    /// The directory.
    let url: URL
    /// The world directory (its `everything.self` is `ShellProcess.worldSource`).
    var world: URL { url.appendingPathComponent("world") }
    /// The home directory given to `self` (history file, `.editrc`).
    var home: URL { url.appendingPathComponent("home") }

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("SelfShellTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: world, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try ShellProcess.worldSource.write(
            to: world.appendingPathComponent("everything.self"), atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Runs `self --world <world>` with `input` piped in and HOME set to `home`.
    func pipe(_ input: String, arguments: [String] = [], environment: [String: String] = [:]) throws
        -> ShellProcess.Result
    {
        guard let executable = ShellProcess.executable else { throw ShellProcessError.executableNotFound }
        return try ShellProcess.run(
            executable, ["--world", world.path] + arguments, input: input,
            environment: ["HOME": home.path, "SELF_HISTORY": ""].merging(environment) { $1 })
    }
}

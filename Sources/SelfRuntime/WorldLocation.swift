/// Finds the world (the standard library in Self) without configuration.
///
/// Order: an explicit directory (`--world DIR`), then `SELF_WORLD`, then, walking up
/// from the executable's directory, the first `world/everything.self` (a checkout,
/// where the binary is in `.build/…`), then `../share/swiftself/world` beside the
/// executable (an installed copy).
public enum WorldLocation {
    /// The entry file of a world directory.
    public static let entryFile = "everything.self"

    /// The world directory, or nil when none is found.
    public static func find(explicit: String? = nil) -> String? {
        if let explicit { return explicit }
        if let fromEnvironment = Platform.environment("SELF_WORLD"), !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        guard let executable = Platform.executablePath() else { return nil }
        var directory = Path.directory(of: executable)
        let installed = Path.join(directory, "../share/swiftself/world")
        while directory != "/" && !directory.isEmpty {
            let candidate = Path.join(directory, "world")
            if Platform.exists(Path.join(candidate, entryFile)) { return candidate }
            directory = Path.directory(of: directory)
        }
        if Platform.exists(Path.join(installed, entryFile)) { return installed }
        return nil
    }
}

extension VirtualMachine {
    /// Runs the world's entry file. Returns an error text when it fails.
    public func loadWorld(from directory: String) -> String? {
        worldDirectory = directory
        let entry = Path.join(directory, WorldLocation.entryFile)
        switch runFile(entry) {
        case .finished:
            return nil
        case .unreadable(let message):
            return message
        case .compilationFailed(let failure):
            reportCompilationFailure(failure)
            return "the world in \(directory) does not compile"
        case .runtimeError:
            return "the world in \(directory) failed to load"
        case .exited(let status):
            return "the world exited with status \(status) while loading"
        }
    }

    /// Prints the diagnostics of a failed compilation.
    public func reportCompilationFailure(_ failure: CompilationFailure) {
        switch failure {
        case .parse(let diagnostics, let source):
            printDiagnostics(diagnostics, source: source)
        case .codeGeneration(let error):
            printDiagnostics([error.diagnostic], source: error.source)
        }
    }
}

/// A problem found in source text (cli.md §4.1).
public struct Diagnostic: Sendable, Equatable {
    /// How serious a diagnostic is. Only `.error` is produced today.
    public enum Level: String, Sendable {
        case error = "Error"
        case warning = "Warning"
        case note = "Note"
    }

    /// Severity; an error stops the script from running.
    public var level: Level
    /// The human-readable message, without position.
    public var message: String
    /// Byte offset the diagnostic points at.
    public var offset: Int
    /// Line and column of `offset`.
    public var location: SourceLocation

    public init(level: Level = .error, message: String, offset: Int, location: SourceLocation) {
        self.level = level
        self.message = message
        self.offset = offset
        self.location = location
    }

    /// The three-line report of cli.md §4.1: `file:line:col: Error: message`, the
    /// source line, and a caret under the column. With `color`, the level word and
    /// the caret are highlighted (only for terminals).
    public func rendered(in source: SourceFile, color: Bool) -> String {
        let line = source.displayLine(location.line)
        let padding = String(repeating: " ", count: max(0, location.column - 1))
        let levelText = color ? "\u{1B}[1;31m\(level.rawValue)\u{1B}[0m" : level.rawValue
        let caret = color ? "\u{1B}[1;92m^\u{1B}[0m" : "^"
        return
            "\(source.name):\(location.line):\(location.column): \(levelText): \(message)\n\(line)\n\(padding)\(caret)\n"
    }
}

/// The result of parsing: a tree (usable only if there are no errors) and diagnostics
/// in source order.
public struct ParseResult: Sendable {
    /// The tree, with erroneous parts dropped.
    public var script: Script
    /// Every diagnostic, ordered by position.
    public var diagnostics: [Diagnostic]

    /// Whether any diagnostic is an error (the script must not run).
    public var hasErrors: Bool { diagnostics.contains { $0.level == .error } }

    /// All diagnostics rendered one after another.
    public func renderedDiagnostics(color: Bool) -> String {
        diagnostics.map { $0.rendered(in: script.source, color: color) }.joined()
    }
}

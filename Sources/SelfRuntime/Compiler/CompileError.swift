import SelfSyntax

/// A code-generation error (language.md §3.2): the script does not run at all.
public struct CompileError: Error {
    /// What is wrong.
    public let message: String
    /// Where.
    public let offset: Int
    /// In which file.
    public let source: SourceFile

    /// The diagnostic, in the format of parse errors (cli.md §4.1).
    public var diagnostic: Diagnostic {
        Diagnostic(message: message, offset: offset, location: source.location(of: offset))
    }
}

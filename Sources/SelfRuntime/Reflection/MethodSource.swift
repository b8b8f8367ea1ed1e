import SelfSyntax

/// Where a method came from, for the REPL's `:source`: the source text of its slot
/// definition, kept as a range on its compiled code (`CompiledCode.definition`).
public struct MethodSource: Sendable {
    /// The method's selector as compiled (`at:Put:`).
    public let selector: String
    /// The file (or `<input N>`) that defined it.
    public let fileName: String
    /// The line of the definition's first byte (1-based).
    public let line: Int
    /// The definition's text, as written (`at: i Put: v = ( … )`).
    public let text: String
}

extension VirtualMachine {
    /// The compiled code of a method object (its lazy stub if it has not run yet), or
    /// nil if `method` is not one.
    public func code(ofMethod method: Value) -> CompiledCode? {
        guard memory.isKind(method, .method) else { return nil }
        return codes[codeInfo(of: method.object).pointee.index]
    }

    /// The source of a method object, or nil when it is not a method or its code has
    /// no definition range (methods of the bare VM).
    public func source(ofMethod method: Value) -> MethodSource? {
        guard let code = code(ofMethod: method), let range = code.definition else { return nil }
        let bytes = code.source.text(range)
        return MethodSource(
            selector: code.name, fileName: code.source.name, line: code.source.location(of: range.start).line,
            text: String(decoding: bytes, as: UTF8.self))
    }
}

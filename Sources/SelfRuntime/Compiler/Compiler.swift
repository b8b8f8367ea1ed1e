import SelfSyntax

/// Turns syntax trees into `CompiledCode` (docs/bytecode.md).
///
/// One `Compiler` compiles one script with everything nested in it. Code-generation
/// errors (language.md §3.2) are found before anything runs: the first one is thrown
/// as a `CompileError`.
final class Compiler {
    /// The object memory, for selectors and the old-space objects code refers to.
    let memory: ObjectMemory
    /// Registers every code object compiled, so that it stays alive and its constants
    /// are traced.
    let register: (CompiledCode) -> Void
    /// The file being compiled.
    let source: SourceFile
    /// The directory relative `_RunScript` paths start from.
    let directory: String
    /// Scopes of blocks and inline methods found by capture analysis, by the offset
    /// of their body.
    var blockScopes: [Int: Scope] = [:]
    var inlineScopes: [Int: Scope] = [:]
    /// Scopes of inlined `to:Do:` bodies, by the offset of the block.
    var inlinedScopes: [Int: Scope] = [:]

    /// Most arguments a block or method may have (language.md §3.2).
    static let maximumArguments = 128
    /// Most assignable slots (arguments included) of an object literal, block or method.
    static let maximumAssignableSlots = 255

    init(memory: ObjectMemory, source: SourceFile, directory: String, register: @escaping (CompiledCode) -> Void) {
        self.memory = memory
        self.source = source
        self.directory = directory
        self.register = register
    }

    func error(_ message: String, at offset: Int) -> CompileError {
        CompileError(message: message, offset: offset, source: source)
    }

    /// Compiles a script; its slot list is ignored (language.md §9.1).
    func compileScript(_ script: Script) throws(CompileError) -> CompiledCode {
        let body = CodeBody(
            slots: [], statements: script.statements, range: SourceRange(0, script.source.bytes.count))
        let scope = Scope(kind: .script, parent: nil)
        analyzeBody(body, scope: scope)
        return try compileBody(body, scope: scope, kind: .script, name: "<top level>")
    }

    /// Compiles one body whose scope has been declared and analysed.
    func compileBody(_ body: CodeBody, scope: Scope, kind: CodeKind, name: String) throws(CompileError)
        -> CompiledCode
    {
        try checkLimits(body)
        // A block's expressions were counted in its method's (or script's) body.
        if kind != .block { try checkSize(body, kind: kind) }
        let generator = CodeGenerator(compiler: self, scope: scope, kind: kind)
        try generator.generate(body)
        if let overflow = generator.operandOverflow {
            // A backstop behind checkSize: never a trap in the encoder.
            throw error("Code too large for one body (an instruction operand does not fit): split it", at: overflow)
        }
        let code = generator.finish(name: name, argumentCount: body.arguments.count)
        register(code)
        return code
    }

    /// The slot limits of language.md §3.2.
    func checkLimits(_ body: CodeBody) throws(CompileError) {
        let arguments = body.slots.filter { $0.kind == .argument }
        if arguments.count > Compiler.maximumArguments {
            throw error(
                "Too many arguments (\(arguments.count); at most \(Compiler.maximumArguments))",
                at: arguments[Compiler.maximumArguments].nameRange.start)
        }
        let assignable = body.slots.filter { $0.kind.isAssignable }
        if assignable.count > Compiler.maximumAssignableSlots {
            throw error(
                "Too many assignable slots (\(assignable.count); at most \(Compiler.maximumAssignableSlots))",
                at: body.range.start)
        }
    }
}

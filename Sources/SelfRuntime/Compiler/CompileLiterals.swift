import SelfSyntax

/// Object literals, methods and blocks (language.md §4.4, §7.2, §7.3).
extension CodeGenerator {
    /// `(| … |)`: every slot's value is computed in this scope, in order, then
    /// `makeObject` builds the object (and, when the constants changed, a new map).
    func compileObject(_ object: ObjectLiteral, range: SourceRange, into target: Int) throws(CompileError) {
        let assignable = object.slots.filter { $0.kind.isAssignable }.count
        if assignable > Compiler.maximumAssignableSlots {
            throw compiler.error(
                "Too many assignable slots (\(assignable); at most \(Compiler.maximumAssignableSlots))",
                at: range.start)
        }
        let mark = top
        let base = allocate()
        var slots: [(name: Int32, kind: MapSlotKind)] = []
        for slot in object.slots {
            let register = allocate()
            switch slot.value {
            case .none:
                emit(.loadConstant, a: register, b: constant(memory.nilValue))
            case .expression(let value):
                try compile(value, into: register)
            case .method(let body):
                try compileMethodSlot(body, name: slot.name, definition: slot.range, into: register)
            }
            let kind: MapSlotKind =
                switch slot.kind {
                case .constant, .argument: .constant
                case .assignable: .assignable
                case .constantParent: .constantParent
                case .assignableParent: .assignableParent
                }
            slots.append((memory.selectors.intern(slot.name), kind))
        }
        templates.append(ObjectTemplate(slots: slots))
        emit(.makeObject, a: base, b: templates.count - 1, at: range)
        move(target, base)
        top = mark
    }

    /// A method of an object literal. Its body is compiled when it first runs (most
    /// methods of a large world never do), after its code-generation errors have
    /// been looked for here, so that a script with one still does not start
    /// (language.md §3.2). A method with inline methods is compiled now, since
    /// their code depends on its scope.
    func compileMethodSlot(_ body: CodeBody, name: String, definition: SourceRange, into target: Int)
        throws(CompileError)
    {
        let hasInlineMethods = body.slots.contains { slot in
            if case .method = slot.value { return true }
            return false
        }
        if hasInlineMethods {
            let methodScope = compiler.declareScope(body, kind: .method, parent: nil)
            compiler.analyzeBody(body, scope: methodScope)
            try compileMethodValue(body, scope: methodScope, name: name, definition: definition, into: target)
            return
        }
        try compiler.validate(body)
        let compiler = self.compiler
        let stub = CompiledCode(
            lazyMethod: name, source: compiler.source, directory: compiler.directory,
            argumentCount: body.arguments.count, localCount: body.slots.count - body.arguments.count
        ) {
            let methodScope = compiler.declareScope(body, kind: .method, parent: nil)
            compiler.analyzeBody(body, scope: methodScope)
            let code = try? compiler.compileBody(body, scope: methodScope, kind: .method, name: name)
            code?.definition = definition
            return code
        }
        stub.definition = definition
        compiler.register(stub)
        try emitMethodObject(code: stub, locals: body.slots.filter { $0.kind != .argument }, scope: nil, into: target)
    }

    /// A method object for a method slot: compiled once; its locals' initial values
    /// are computed here, in the scope around the literal (§7.2). When they are all
    /// constant the method object itself is built now, once.
    func compileMethodValue(
        _ body: CodeBody, scope methodScope: Scope, name: String, definition: SourceRange? = nil, into target: Int
    ) throws(CompileError) {
        let code = try compiler.compileBody(body, scope: methodScope, kind: .method, name: name)
        code.definition = definition
        try emitMethodObject(
            code: code, locals: body.slots.filter { $0.kind != .argument }, scope: methodScope, into: target)
    }

    /// Loads the method object of `code`: built now when its locals' initial values
    /// are constants, otherwise by `makeMethod` from values computed here.
    func emitMethodObject(code: CompiledCode, locals: [SlotDefinition], scope methodScope: Scope?, into target: Int)
        throws(CompileError)
    {
        if let prebuilt = try prebuiltMethod(code: code, locals: locals, scope: methodScope) {
            emit(.loadConstant, a: target, b: constant(prebuilt))
            return
        }
        let mark = top
        let base = allocate()
        for local in locals {
            let register = allocate()
            try compileLocalInitializer(local, into: register)
        }
        emit(.makeMethod, a: base, b: constant(rawWord(UnsafeMutableRawPointer(code.info))))
        referencedCode.append(code.info)
        move(target, base)
        top = mark
    }

    /// The initial value of one local of a method or block.
    func compileLocalInitializer(_ local: SlotDefinition, into target: Int) throws(CompileError) {
        switch local.value {
        case .none:
            emit(.loadConstant, a: target, b: constant(memory.nilValue))
        case .expression(let value):
            try compile(value, into: target)
        case .method(let body):
            let inlineScope = compiler.inlineScopes[body.range.start]!
            try compileMethodValue(body, scope: inlineScope, name: local.name, into: target)
        }
    }

    /// The method object, built at compile time in the old space, when no local needs
    /// a computed initial value; nil otherwise.
    func prebuiltMethod(code: CompiledCode, locals: [SlotDefinition], scope: Scope?) throws(CompileError) -> Value? {
        var values: [Value] = []
        for local in locals {
            switch local.value {
            case .none:
                values.append(memory.nilValue)
            case .expression(let value):
                guard case .integer(let n) = value.kind else { return nil }
                values.append(Value(integer: n))
            case .method(let body):
                let inlineScope = compiler.inlineScopes[body.range.start]!
                let inlineLocals = body.slots.filter { $0.kind != .argument }
                guard isConstant(inlineLocals) else { return nil }
                let inlineCode = try compiler.compileBody(body, scope: inlineScope, kind: .method, name: local.name)
                guard let inline = try prebuiltMethod(code: inlineCode, locals: inlineLocals, scope: inlineScope)
                else { return nil }
                values.append(inline)
            }
        }
        // Immutable (its locals' initial values are nil, integers or such methods),
        // so it is shared by every actor as if it were globally reachable: blessing
        // never copies it (actors.md §6.1 would copy a method only to isolate
        // mutable initial values).
        let method = memory.globalHeap.allocateOld(
            .method, words: 3 + values.count, map: memory.known.methodMap, fill: memory.nilValue)
        method[word: 2] = rawWord(UnsafeMutableRawPointer(code.info))
        for (index, value) in values.enumerated() { method[word: 3 + index] = value }
        method.isGloballyReachable = true
        return method.value
    }

    func isConstant(_ locals: [SlotDefinition]) -> Bool {
        locals.allSatisfy { local in
            switch local.value {
            case .none: true
            case .expression(let value):
                if case .integer = value.kind { true } else { false }
            case .method(let body): isConstant(body.slots.filter { $0.kind != .argument })
            }
        }
    }

    /// The map of a block literal: its code, its invocation selector, and the parent
    /// slot to the block traits.
    func blockMap(_ code: CompiledCode, selector: String) -> ObjectRef {
        let map = memory.makeMap(slots: [
            MapSlot(name: memory.parentSelector, kind: .constantParent, value: memory.known.blockTraits)
        ])
        map[word: MapLayout.code] = rawWord(UnsafeMutableRawPointer(code.info))
        map[word: MapLayout.invocationSelector] = Value(integer: Int64(memory.selectors.intern(selector)))
        return map
    }

    /// `[ … ]`: the block's code and map are made once, here; each evaluation makes a
    /// block object with the current receiver, context and home, and its locals'
    /// initial values (§7.2).
    func compileBlock(_ body: CodeBody, into target: Int) throws(CompileError) {
        let blockScope = compiler.blockScopes[body.range.start]!
        let arguments = body.arguments.count
        let selector = SelectorTable.blockInvocation(arguments: arguments)
        let code = try compiler.compileBody(body, scope: blockScope, kind: .block, name: selector)
        let map = blockMap(code, selector: selector)
        let mark = top
        let base = allocate()
        for local in body.slots where local.kind != .argument {
            let register = allocate()
            try compileLocalInitializer(local, into: register)
        }
        emit(.makeBlock, a: base, b: constant(map.value), at: body.range)
        move(target, base)
        top = mark
    }
}

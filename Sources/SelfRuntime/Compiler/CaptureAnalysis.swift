import SelfSyntax

/// The pass that finds captured variables before code is generated: it declares the
/// scopes of every block and inline method under a body and marks each variable used
/// from an inner frame as captured (`Scope.capture`).
extension Compiler {
    /// Declares a body's arguments and locals in a new scope. Registers: arguments from
    /// r3, then locals in slot order.
    func declareScope(_ body: CodeBody, kind: Scope.Kind, parent: Scope?) -> Scope {
        let scope = Scope(kind: kind, parent: parent)
        var register = FrameLayout.firstArgument
        for slot in body.slots where slot.kind == .argument {
            scope.declare(Variable(name: slot.name, isAssignable: true, inlineMethod: nil, register: register))
            register += 1
        }
        for slot in body.slots where slot.kind != .argument {
            var inline: CodeBody?
            if case .method(let method) = slot.value { inline = method }
            let assignable = slot.kind == .assignable || slot.kind == .assignableParent
            scope.declare(Variable(name: slot.name, isAssignable: assignable, inlineMethod: inline, register: register))
            register += 1
        }
        return scope
    }

    /// Analyses a body whose scope is declared: its statements, nested blocks and
    /// inline methods.
    func analyzeBody(_ body: CodeBody, scope: Scope) {
        for slot in body.slots {
            if case .method(let inline) = slot.value {
                let inner = declareScope(inline, kind: .inlineMethod, parent: scope)
                inlineScopes[inline.range.start] = inner
                analyzeBody(inline, scope: inner)
            }
        }
        for statement in body.statements { analyze(statement.expression, scope: scope) }
    }

    func analyze(_ expression: Expression, scope: Scope) {
        switch expression.kind {
        case .integer, .float, .string, .selfObject:
            return
        case .object(let object):
            for slot in object.slots { analyzeSlotInitializer(slot, scope: scope) }
        case .block(let body):
            for slot in body.slots { analyzeSlotInitializer(slot, scope: scope) }
            let inner = declareScope(body, kind: .block, parent: scope)
            blockScopes[body.range.start] = inner
            analyzeBody(body, scope: inner)
        case .send(let send):
            if let form = ControlForm.of(send) {
                analyzeInlined(send, form: form, scope: scope)
                return
            }
            if let receiver = send.receiver {
                analyze(receiver, scope: scope)
            } else if !send.isPrimitive {
                let name =
                    send.arguments.count == 1 && send.selector.hasSuffix(":")
                    ? String(send.selector.dropLast()) : send.selector
                if let found = scope.resolve(send.selector) ?? scope.resolve(name), found.frameDistance > 0,
                    found.variable.inlineMethod == nil || found.variable.name == send.selector
                {
                    found.scope.capture(found.variable)
                }
            }
            for argument in send.arguments { analyze(argument, scope: scope) }
        }
    }

    /// An inlined control structure: its blocks' statements belong to this frame.
    func analyzeInlined(_ send: Send, form: ControlForm, scope: Scope) {
        switch form {
        case .whileTrue, .whileFalse:
            for statement in ControlForm.body(send.receiver!)!.statements {
                analyze(statement.expression, scope: scope)
            }
        default:
            if let receiver = send.receiver { analyze(receiver, scope: scope) }
        }
        for (position, argument) in send.arguments.enumerated() {
            // Of `to:Do:` and `through:Do:`, only the `Do:` block is inlined: a block
            // as the bound is an ordinary block (and the loop then fails at run time,
            // not here).
            let counted = form == .toDo || form == .throughDo
            guard let body = ControlForm.body(argument), !counted || position == 1 else {
                analyze(argument, scope: scope)
                continue
            }
            if counted {
                let inner = Scope(kind: .inlined, parent: scope)
                inner.declare(Variable(name: body.slots[0].name, isAssignable: true, inlineMethod: nil, register: -1))
                inlinedScopes[body.range.start] = inner
                for statement in body.statements { analyze(statement.expression, scope: inner) }
            } else {
                for statement in body.statements { analyze(statement.expression, scope: scope) }
            }
        }
    }

    /// Initializers of a literal's slots run in the enclosing scope, and so do the
    /// initializers of the locals of its methods (language.md §4.4, §7.2).
    func analyzeSlotInitializer(_ slot: SlotDefinition, scope: Scope) {
        switch slot.value {
        case .none:
            return
        case .expression(let value):
            analyze(value, scope: scope)
        case .method(let body):
            for local in body.slots where local.kind != .argument {
                analyzeSlotInitializer(local, scope: scope)
            }
        }
    }
}

import SelfSyntax

/// A lexical scope of the compiler: one method, inline method, block or script body.
///
/// Names resolve innermost first (language.md §7.5). A variable that a nested block or
/// inline method uses is *captured*: it lives in a heap context instead of a register,
/// so that blocks can outlive their activation (§7.3).
final class Scope {
    enum Kind {
        case method
        case inlineMethod
        case block
        case script
        /// The body of an inlined `to:Do:` block: its argument is a register of the
        /// enclosing frame, and it is no frame boundary.
        case inlined
        /// The variables of a frame copied into a context so that the real blocks of
        /// an inlining fallback can reach them (`CodeGenerator.compileFallback`).
        case spill
    }

    /// What body this scope belongs to.
    let kind: Kind
    /// The lexically enclosing scope (nil for a method of an object literal, whose
    /// body cannot see the locals around the literal, and for a script).
    let parent: Scope?
    /// Arguments and locals by name.
    var variables: [String: Variable] = [:]
    /// Variables in declaration order: arguments first, then locals.
    var ordered: [Variable] = []
    /// Variables that live in this scope's context, in context order.
    var contextVariables: [Variable] = []

    init(kind: Kind, parent: Scope?) {
        self.kind = kind
        self.parent = parent
    }

    /// Whether activations of this scope make a heap context.
    var hasContext: Bool { !contextVariables.isEmpty }

    func declare(_ variable: Variable) {
        variables[variable.name] = variable
        ordered.append(variable)
    }

    /// Marks a variable of this scope as captured and gives it a context index.
    func capture(_ variable: Variable) {
        guard !variable.isCaptured else { return }
        variable.contextIndex = contextVariables.count
        contextVariables.append(variable)
    }
}

/// An argument or local of a scope.
final class Variable {
    /// The name (for inline methods, their selector).
    let name: String
    /// Whether `name:` assigns it (arguments and `<-`/bare locals); constants and
    /// inline methods are read-only.
    let isAssignable: Bool
    /// Whether it holds an inline method, run when its selector is sent implicitly.
    let inlineMethod: CodeBody?
    /// Its register in the frame (assigned during code generation for inlined scopes).
    var register: Int
    /// Its index in the scope's context when captured, or −1.
    var contextIndex = -1

    var isCaptured: Bool { contextIndex >= 0 }

    init(name: String, isAssignable: Bool, inlineMethod: CodeBody?, register: Int) {
        self.name = name
        self.isAssignable = isAssignable
        self.inlineMethod = inlineMethod
        self.register = register
    }
}

/// Where a name used in a body was found.
struct Resolution {
    /// The variable.
    let variable: Variable
    /// The scope that declares it.
    let scope: Scope
    /// How many frame boundaries (block or inline-method bodies) lie between the use
    /// and the declaration; 0 when the use is in the declaring body.
    let frameDistance: Int
}

extension Scope {
    /// Finds a name in this scope or an enclosing one.
    func resolve(_ name: String) -> Resolution? {
        var scope: Scope? = self
        var distance = 0
        while let current = scope {
            if let variable = current.variables[name] {
                return Resolution(variable: variable, scope: current, frameDistance: distance)
            }
            scope = current.parent
            if current.kind != .inlined && current.kind != .spill { distance += 1 }
        }
        return nil
    }

    /// The number of contexts between the current frame's r1 and the context of
    /// `target` (which must have one), counting this scope's own if it has one.
    func contextDepth(to target: Scope) -> Int {
        var depth = 0
        var scope: Scope? = self
        while let current = scope, current !== target {
            if current.hasContext { depth += 1 }
            scope = current.parent
        }
        return depth
    }

    /// How many contexts out from r1 the nearest context at or outside `target` is
    /// (for the context parent of an inline method declared in `target`).
    func contextDepth(toNearestFrom target: Scope) -> Int? {
        var scope: Scope? = target
        while let current = scope, !current.hasContext { scope = current.parent }
        guard let holder = scope else { return nil }
        return contextDepth(to: holder)
    }
}

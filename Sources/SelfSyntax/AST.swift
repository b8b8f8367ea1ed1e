/// The syntax tree. Every node keeps the source range it was parsed from.
///
/// The tree is already "desugared" in the ways language.md §6 requires of a parser:
/// `;` becomes an ordinary send whose receiver is the expression before it (§6.6), an
/// explicit `self` receiver is elided (§6.7), and keyword and binary methods carry
/// their argument slots at the end of their slot list (§4.2).

/// A parsed script: a slot list that is parsed but ignored (§9.1) and statements.
public struct Script: Sendable {
    /// The file it came from.
    public var source: SourceFile
    /// The leading `| … |` list; never defined at run time.
    public var ignoredSlots: [SlotDefinition]
    /// The top-level statements.
    public var statements: [Statement]
}

/// One statement of a body, possibly marked with `^` (blocks only, last only).
public struct Statement: Sendable {
    /// The expression evaluated.
    public var expression: Expression
    /// Whether it was written `^ expression` (a non-local return).
    public var isReturn: Bool
    /// From the `^` (if any) to the end of the expression.
    public var range: SourceRange

    public init(expression: Expression, isReturn: Bool, range: SourceRange) {
        self.expression = expression
        self.isReturn = isReturn
        self.range = range
    }
}

/// An expression together with its source range.
public struct Expression: Sendable {
    /// What kind of expression it is.
    public var kind: ExpressionKind
    /// The bytes it was parsed from (receiver start to last argument end).
    public var range: SourceRange

    public init(_ kind: ExpressionKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// The kinds of expression (language.md §3, §4.1).
public indirect enum ExpressionKind: Sendable {
    /// An integer literal, already range-checked to 63 bits.
    case integer(Int64)
    /// A float literal: a new float object on every evaluation.
    case float(Double)
    /// A string literal: a new byte array on every evaluation.
    case string([UInt8])
    /// The word `self` on its own: the receiver.
    case selfObject
    /// `(| … |)` or `()`: a new slots object on every evaluation.
    case object(ObjectLiteral)
    /// `[ … ]`: a new block on every evaluation.
    case block(CodeBody)
    /// A message send, including implicit-receiver and primitive sends.
    case send(Send)
}

/// A message send.
public struct Send: Sendable {
    /// The receiver, or nil for an implicit-receiver send (looked up from the scope).
    public var receiver: Expression?
    /// The full selector: `foo`, `+`, `at:Put:`, `_IntAdd:`.
    public var selector: String
    /// One argument per keyword part, one for a binary send, none for unary.
    public var arguments: [Expression]
    /// From the first byte of the selector to the end of the message, extended over
    /// the whitespace that follows on the same line; used by runtime-error reports
    /// (cli.md §4.2).
    public var messageRange: SourceRange

    public init(receiver: Expression?, selector: String, arguments: [Expression], messageRange: SourceRange) {
        self.receiver = receiver
        self.selector = selector
        self.arguments = arguments
        self.messageRange = messageRange
    }

    /// Whether the selector names a primitive (starts with `_`).
    public var isPrimitive: Bool { selector.utf8.first == UInt8(ascii: "_") }
}

/// `(| slots |)`.
public struct ObjectLiteral: Sendable {
    /// The slots in written order.
    public var slots: [SlotDefinition]

    public init(slots: [SlotDefinition]) { self.slots = slots }
}

/// The slot list and statements of a method or block. Argument slots come last, in
/// the order written (language.md §4.2).
public struct CodeBody: Sendable {
    /// Locals, constants, inline methods, then arguments.
    public var slots: [SlotDefinition]
    /// The statements.
    public var statements: [Statement]
    /// From the opening bracket to the closing one.
    public var range: SourceRange

    public init(slots: [SlotDefinition], statements: [Statement], range: SourceRange) {
        self.slots = slots
        self.statements = statements
        self.range = range
    }

    /// The argument slots, in order.
    public var arguments: [SlotDefinition] { slots.filter { $0.kind == .argument } }
}

/// How a slot behaves (language.md §4.2).
public enum SlotKind: String, Sendable {
    /// `name = value` (including methods).
    case constant
    /// `name`, `name <- value`: also answers `name:`.
    case assignable
    /// `name* = value`.
    case constantParent
    /// `name* <- value`: also answers `name:`.
    case assignableParent
    /// `:name` in a block, or a keyword/binary method's argument.
    case argument

    /// Whether the slot is a parent slot.
    public var isParent: Bool { self == .constantParent || self == .assignableParent }
    /// Whether the slot answers `name:` by storing into it.
    public var isAssignable: Bool { self == .assignable || self == .assignableParent || self == .argument }
}

/// What a slot initially holds.
public enum SlotValue: Sendable {
    /// Nothing written: `nil` for assignable slots, the actual argument for arguments.
    case none
    /// An initializer expression, evaluated in the enclosing scope.
    case expression(Expression)
    /// A method (unary, keyword or binary).
    case method(CodeBody)
}

/// One slot of a slot list.
public struct SlotDefinition: Sendable {
    /// The slot's name; for methods their full selector (`at:Put:`, `+`).
    public var name: String
    /// The kind of slot.
    public var kind: SlotKind
    /// The initial value.
    public var value: SlotValue
    /// The whole slot definition.
    public var range: SourceRange
    /// The name as written (for a keyword method, its first keyword).
    public var nameRange: SourceRange

    public init(name: String, kind: SlotKind, value: SlotValue, range: SourceRange, nameRange: SourceRange) {
        self.name = name
        self.kind = kind
        self.value = value
        self.range = range
        self.nameRange = nameRange
    }
}

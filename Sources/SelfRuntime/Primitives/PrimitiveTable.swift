/// What a primitive did.
public enum PrimitiveResult {
    /// Its result, for the receiver register.
    case value(Value)
    /// A runtime error with this message.
    case error(String)
    /// It pushed a frame (a script to run); the loop continues there and the frame's
    /// result lands in the receiver register.
    case pushed
    /// Send `value:` (argument given) or `value` (nil) to the object, and use the
    /// answer as the primitive's result (the `IfFail:` protocol, primitives.md §1.3).
    case sendValue(Value, Value?)
    /// `_Exit:`: end the process with this status.
    case exit(Int32)
    /// A blocking primitive (`_Read:…`, `_AcceptFromFD:…`) got EAGAIN on this managed
    /// descriptor in a regular actor: the actor stops with reason blocked, and the
    /// same primitive call runs again from the start when it is resumed
    /// (actors.md §4.7). Return it only when `vm.canBlockActor` is true; otherwise
    /// EAGAIN goes to `IfFail:` like any other errno.
    case block(Value)
    /// The running actor changed (an actor primitive switched actors); the loop goes
    /// on with the new actor's top frame. The primitive stored its own results.
    case switched
}

/// A primitive: the VM, the index of the receiver register (arguments follow at +3…),
/// and the number of arguments.
public typealias PrimitiveFunction = @Sendable (VirtualMachine, Int, Int) -> PrimitiveResult

/// The registry: every primitive, by name without the underscore (primitives.md §3).
/// Names are bound at compile time; a name not here is a code-generation error.
public enum PrimitiveTable {
    static let entries: [(name: String, function: PrimitiveFunction)] =
        BasicPrimitives.entries + ObjectPrimitives.entries + IntegerPrimitives.entries + FloatPrimitives.entries
        + ByteArrayPrimitives.entries + ArrayPrimitives.entries + SystemPrimitives.entries + ActorPrimitives.entries
        + SocketPrimitives.entries

    /// Names by index.
    public static let names: [String] = entries.map { "_" + $0.name }
    /// Functions by index.
    static let functions: [PrimitiveFunction] = entries.map(\.function)
    private static let indices: [String: Int] = Dictionary(
        uniqueKeysWithValues: entries.enumerated().map { ($0.element.name, $0.offset) })

    /// The index of a primitive (name without the underscore), or nil.
    public static func index(of name: String) -> Int? { indices[name] }

    /// The primitives the dispatch loop runs itself when a send's cache says so
    /// (`LookupResult.Kind.identityPrimitive` and the array ones).
    static let identityIndex = index(of: "Eq:")!
    static let arrayAtIndex = index(of: "ArrayAt:")!
    static let arrayAtPutIndex = index(of: "ArrayAt:Put:")!
    /// The byte arrays' `=`, which `_HashProbe:Hash:Keys:` runs itself.
    static let byteArrayEqualIndex = index(of: "ByteArrayEq:")!
}

/// Argument access and the checks of primitives.md §1.2, shared by every family.
extension VirtualMachine {
    @inline(__always)
    func receiver(_ base: Int) -> Value { stack.registers[base] }

    @inline(__always)
    func argument(_ base: Int, _ index: Int) -> Value { stack.registers[base + FrameLayout.firstArgument + index] }

    /// `receiver of` or `argument N of` (1-based).
    static func who(_ index: Int) -> String { index < 0 ? "receiver of" : "argument \(index + 1) of" }

    /// The value as an integer, or the error "Expected integer for … <primitive>".
    func integer(_ value: Value, _ index: Int, _ primitive: String) -> Result<Int64, PrimitiveFailure> {
        value.isInteger
            ? .success(value.integer)
            : .failure(PrimitiveFailure("Expected integer for \(VirtualMachine.who(index)) \(primitive)"))
    }

    /// A non-negative integer ("positive" in ZigSelf's words).
    func count(_ value: Value, _ index: Int, _ primitive: String) -> Result<Int, PrimitiveFailure> {
        guard value.isInteger else {
            return .failure(PrimitiveFailure("Expected integer for \(VirtualMachine.who(index)) \(primitive)"))
        }
        guard value.integer >= 0 else {
            return .failure(PrimitiveFailure("Expected positive integer for \(VirtualMachine.who(index)) \(primitive)"))
        }
        return .success(Int(value.integer))
    }

    /// The value if it is an object of `kind`, or "Expected <article kind> for …".
    func object(_ value: Value, _ kind: ObjectKind, _ index: Int, _ primitive: String)
        -> Result<ObjectRef, PrimitiveFailure>
    {
        if memory.isKind(value, kind) { return .success(value.object) }
        let name =
            switch kind {
            case .slots: "a slots object"
            case .byteArray: "a byte array"
            case .array: "an array"
            case .managedFD: "a managed object"
            case .actorObject: "an actor"
            default: "\(kind)"
            }
        return .failure(PrimitiveFailure("Expected \(name) for \(VirtualMachine.who(index)) \(primitive)"))
    }

    /// The largest object a primitive may allocate, in bytes; larger requests are
    /// runtime errors instead of exhausting memory.
    static let maximumObjectBytes = 1 << 30
}

/// A primitive's error message, carried through `Result`.
public struct PrimitiveFailure: Error {
    public let message: String
    init(_ message: String) { self.message = message }
}

/// Runs a primitive body that may fail with `PrimitiveFailure`.
@inline(__always)
func primitive(_ body: () throws(PrimitiveFailure) -> PrimitiveResult) -> PrimitiveResult {
    do {
        return try body()
    } catch {
        return .error(error.message)
    }
}

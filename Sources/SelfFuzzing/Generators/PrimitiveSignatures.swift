/// What each position of a primitive send wants (primitives.md §3,
/// docs/primitives-extensions.md), so that `PrimitiveCallGenerator` can send a
/// primitive with the right kinds of value and do its work, or with wrong ones on
/// purpose.
enum ValueRole: Hashable {
    /// Any value at all.
    case anything
    /// The receiver is ignored by the primitive (so it may be left out).
    case ignored
    /// Integers: any 63-bit value, a shift amount, a size, an index or count into a
    /// small buffer, a byte.
    case integer, shift, size, index, byte
    /// Byte arrays: any string, a one-byte filler, a file path, a `_RunScript`
    /// path, a unary selector, Self source code, a raw socket address, a host name.
    case string, filler, path, scriptPath, selector, code, sockaddr, host
    /// Arrays: any array, an array of descriptors, an array of poll events.
    case array, descriptors, events
    /// Slots objects: any slots object, or the argument of `_AddSlots:` (whose
    /// receiver may be the lobby or a world object, which outlive the program).
    case slots, newSlots
    /// A failure object for `IfFail:` (`value:` with the errno).
    case failure
    /// A managed descriptor: any, one that may be closed or made non-blocking
    /// (never standard input or output, which the process shares), one that can
    /// be read or accepted from without blocking, a socket.
    case descriptor, closable, readable, socket
    /// `_SetNonBlockingFD:To:`'s flag: only `true` (a descriptor made blocking
    /// could hang a later read).
    case nonBlocking
    /// Bounded waits: a poll timeout (at most 50 ms) and a deadline (at most 50 ms
    /// away).
    case timeout, deadline
    /// Integers with meanings: an exit status, `open(2)` flags, a port, socket
    /// constants, `setsockopt(2)` numbers.
    case status, openFlags, port, family, socketType, protocolNumber, addressFlags, level, option
    /// Actor handles: an actor object (genesis), a proxy (regular actors).
    case actor, proxy

    /// Roles whose values must come from their own safe set even when the
    /// generator is choosing wrong values on purpose: wrong values for them are
    /// chosen among harmless non-integers instead.
    var isRestricted: Bool {
        switch self {
        case .timeout, .deadline, .scriptPath, .closable, .nonBlocking, .readable: return true
        default: return false
        }
    }
}

/// The receiver and argument roles of a primitive.
struct PrimitiveSignature {
    var receiver: ValueRole
    var arguments: [ValueRole]
    /// Whether the primitive's result may be kept and passed to later sends (false
    /// for new sockets and accepted connections, which may block).
    var reusableResult = true
}

extension PrimitiveSignature {
    /// A signature by the primitive's name (with its underscore); primitives not
    /// listed get `anything` everywhere.
    static func of(_ name: String) -> PrimitiveSignature {
        if let known = table[name] { return known }
        let arity = name.filter { $0 == ":" }.count
        return PrimitiveSignature(receiver: .anything, arguments: Array(repeating: .anything, count: arity))
    }

    /// The primitives of primitives.md §3 and the extensions.
    static let table: [String: PrimitiveSignature] = {
        var table: [String: PrimitiveSignature] = [
            // Basic (§3.1). _Restart is sent only through the kit's bounded form.
            "_Nil": .init(receiver: .anything, arguments: []),
            "_RunScript": .init(receiver: .scriptPath, arguments: []),
            "_EvaluateStringIfFail:": .init(receiver: .code, arguments: [.failure]),
            "_Error:": .init(receiver: .ignored, arguments: [.string]),
            "_Restart": .init(receiver: .anything, arguments: []),
            // Objects (§3.2).
            "_AddSlots:": .init(receiver: .slots, arguments: [.newSlots]),
            "_Clone": .init(receiver: .anything, arguments: []),
            "_Eq:": .init(receiver: .anything, arguments: [.anything]),
            "_Inspect": .init(receiver: .anything, arguments: []),
            // Byte arrays (§3.4).
            "_ByteArraySize": .init(receiver: .string, arguments: []),
            "_ByteAt:": .init(receiver: .string, arguments: [.index]),
            "_ByteAt:Put:": .init(receiver: .string, arguments: [.index, .byte]),
            "_ByteArrayCopySize:FillingExtrasWith:": .init(receiver: .string, arguments: [.size, .filler]),
            "_ByteArrayEq:": .init(receiver: .string, arguments: [.anything]),
            "_ByteArrayConcatenate:": .init(receiver: .string, arguments: [.string]),
            // Arrays (§3.5).
            "_ArrayCopySize:FillingExtrasWith:": .init(receiver: .array, arguments: [.size, .anything]),
            "_ArraySize": .init(receiver: .array, arguments: []),
            "_ArrayAt:": .init(receiver: .array, arguments: [.index]),
            "_ArrayAt:Put:": .init(receiver: .array, arguments: [.index, .anything]),
            // Actors (§3.6 and the extensions).
            "_Genesis:": .init(receiver: .slots, arguments: [.selector]),
            "_ActorSpawn:": .init(receiver: .slots, arguments: [.selector]),
            "_ActorSetEntrypoint:": .init(receiver: .ignored, arguments: [.selector]),
            "_ActorResume": .init(receiver: .actor, arguments: []),
            "_ActorYieldReason": .init(receiver: .actor, arguments: []),
            "_ActorBlockedFD": .init(receiver: .actor, arguments: []),
            "_ActorWakeTime": .init(receiver: .actor, arguments: []),
            "_ActorWaitsForMessage": .init(receiver: .actor, arguments: []),
            "_ActorYield": .init(receiver: .ignored, arguments: []),
            "_ActorSender": .init(receiver: .ignored, arguments: []),
            "_ActorWaitForMessage": .init(receiver: .ignored, arguments: []),
            "_ActorNextWoken": .init(receiver: .ignored, arguments: []),
            "_ActorYieldUntil:": .init(receiver: .ignored, arguments: [.deadline]),
            // System calls (§3.7).
            "_ManagedStdin": .init(receiver: .ignored, arguments: []),
            "_ManagedStdout": .init(receiver: .ignored, arguments: []),
            "_Open:WithFlags:IfFail:": .init(receiver: .ignored, arguments: [.path, .openFlags, .failure]),
            "_Read:BytesInto:AtOffset:From:IfFail:":
                .init(receiver: .ignored, arguments: [.index, .string, .index, .readable, .failure]),
            "_Write:BytesFrom:AtOffset:Into:IfFail:":
                .init(receiver: .ignored, arguments: [.index, .string, .index, .descriptor, .failure]),
            "_Close:": .init(receiver: .ignored, arguments: [.closable]),
            "_Exit:": .init(receiver: .ignored, arguments: [.status]),
            "_PollFDs:Events:WaitingForMS:IfFail:":
                .init(receiver: .ignored, arguments: [.descriptors, .events, .timeout, .failure]),
            "_GetAddrInfoForHost:Port:Family:SocketType:Protocol:Flags:IfFail:":
                .init(
                    receiver: .ignored,
                    arguments: [.host, .port, .family, .socketType, .protocolNumber, .addressFlags, .failure]),
            "_SocketWithFamily:Type:Protocol:IfFail:":
                .init(
                    receiver: .ignored, arguments: [.family, .socketType, .protocolNumber, .failure],
                    reusableResult: false),
            "_BindFD:ToSockaddrBytes:IfFail:": .init(receiver: .ignored, arguments: [.socket, .sockaddr, .failure]),
            "_ListenOnFD:WithBacklog:IfFail:": .init(receiver: .ignored, arguments: [.socket, .integer, .failure]),
            "_AcceptFromFD:IfFail:": .init(
                receiver: .ignored, arguments: [.readable, .failure], reusableResult: false),
            // Extensions (docs/primitives-extensions.md).
            "_ConnectFD:ToSockaddrBytes:IfFail:": .init(receiver: .ignored, arguments: [.socket, .sockaddr, .failure]),
            "_SetSockOptFD:Level:Option:Value:IfFail:":
                .init(receiver: .ignored, arguments: [.socket, .level, .option, .integer, .failure]),
            "_SetNonBlockingFD:To:IfFail:": .init(receiver: .ignored, arguments: [.closable, .nonBlocking, .failure]),
            "_SockNameOfFD:IfFail:": .init(receiver: .ignored, arguments: [.socket, .failure]),
            "_MonotonicNanoseconds": .init(receiver: .ignored, arguments: []),
        ]
        // Integers (§3.3): shifts take an amount, the rest any integer; _IntEq:
        // accepts anything as its argument.
        for name in [
            "_IntAdd:", "_IntSub:", "_IntMul:", "_IntDiv:", "_IntMod:", "_IntAnd:", "_IntOr:", "_IntXor:",
            "_IntLT:", "_IntGT:",
        ] {
            table[name] = .init(receiver: .integer, arguments: [.integer])
        }
        table["_IntShl:"] = .init(receiver: .integer, arguments: [.shift])
        table["_IntShr:"] = .init(receiver: .integer, arguments: [.shift])
        table["_IntEq:"] = .init(receiver: .integer, arguments: [.anything])
        return table
    }()
}

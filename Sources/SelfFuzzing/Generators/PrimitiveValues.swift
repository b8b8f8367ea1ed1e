/// The values `primitives` programs send: for each `ValueRole`, expressions that
/// suit it, and a pool of every kind for wrong values. Every expression makes a new
/// value where it is evaluated (or names a shared one such as the lobby), so that
/// a send can be moved into an evaluated string or an actor unchanged.
extension PrimitiveWriter {
    /// Integers around zero, bytes, words and the 63-bit limits.
    func integers() -> [String] { SourceText.edgeIntegers.map(SourceText.integer) }

    /// Byte arrays: empty, short, with NUL and non-UTF-8 bytes, long, code-like.
    static let strings = [
        "''", "'a'", "'hello world'", "'\\x00'", "'a\\x00b'", "'\\xff\\xfe\\x80'", "(fuzzPrimitiveKit nonUtf8)",
        "('x' copySize: 20000)", "('' copySize: 64)", "'fuzz-file-1.txt'", "'3 + 4'", "'value'",
    ]

    /// Paths the sandbox allows and the host cannot be hurt by: relative names in
    /// the working directory (some of them missing), and two devices.
    func paths() -> [String] {
        [
            "'fuzz-file-0.txt'", "'fuzz-file-1.txt'", "'fuzz-file-2.txt'", "'/dev/null'", "'/dev/zero'",
            "'fz-missing-\(suffix)/file'", "'fz-new-file'", "''", "'.'", "('' copySize: 5000 FillingExtrasWith: 'p')",
        ]
    }

    /// Unary selectors and things that are not: for `_Genesis:`, `_ActorSpawn:`,
    /// `_ActorSetEntrypoint:`.
    static let selectors = [
        "'value'", "'main'", "'fzM'", "'fzA'", "'fzA:'", "'fzKw:'", "'fzSpawn'", "'fzMain'", "'fzConst'", "'nope'",
        "''", "'clone'", "'spawnEntrypoint'", "'fzPing:'", "'parent'", "'x y'",
    ]

    /// Self source for `_EvaluateStringIfFail:`: values, every kind of error, and
    /// nothing that loops.
    static let code = [
        "3 + 4", "1 +", "_Error: 'x'", "(]", "nil foo", "[ ^ 5 ] value", "lobby", "", "4611686018427387904",
        "fuzzPrimitiveKit cyclic", "'a' _ByteAt: 9", "_NoSuchPrimitive", "(| a. a |)", "1 / 0", "'\\q'",
    ].map(SourceText.quote)

    /// Arrays: the world's shared empty one, new ones small and large, nested,
    /// cyclic, holding descriptors.
    static let arrays = [
        "std array", "(std array copySize: 0)", "(std array copySize: 3 FillingExtrasWith: 7)",
        "(std array copySize: 100000)",
        "((std array copySize: 2) at: 0 Put: (std array copySize: 3 FillingExtrasWith: 'x'))",
        "(fuzzPrimitiveKit cyclicArray)", "(fuzzPrimitiveKit fds)", "(std array copySize: 1 FillingExtrasWith: nil)",
    ]

    /// New slots objects: empty, with data, methods, parents (one an integer),
    /// spawnable (a spawn method that sets `fzMain` as the entry point), cyclic,
    /// a vector.
    static let freshSlots = [
        "(| |)", "(| fzA <- 1. fzB = 'b' |)",
        "(| parent* = std traits clonable. fzA <- 1. fzM = ( fzA + 1 ). fzKw: x = ( x ) |)",
        "(| parent* = std traits clonable. fzSpawn = ( _ActorSetEntrypoint: 'fzMain'. self ). fzMain = ( nil ). fzConst = 3. fzA <- 1 |)",
        "(| fzP* = lobby |)", "(| fzP* <- 3 |)", "(fuzzPrimitiveKit cyclic)", "(std vector copy add: 1)",
    ]

    /// Slots objects that outlive the program (the lobby, the VM's objects, the
    /// world): `_AddSlots:` gives them only `newSlotsForShared`.
    static let sharedSlots = [
        "lobby", "nil", "true", "false", "std", "(std traits integer)", "std traits block", "std vector", "std os",
        "(fuzzPrimitiveKit peer)",
    ]

    /// What `_AddSlots:` may add to a shared object: slots with names no world
    /// code uses, so that later programs in the same VM see the world unchanged.
    static let newSlotsForShared = [
        "(| fzAdded <- 1 |)", "(| fzAddedM = ( 7 ) |)", "(| fzAddedP* = (| |) |)", "(| fzAddedI* = 5 |)",
        "(| fzAddedA <- (std array copySize: 2) |)", "(| |)",
    ]

    /// Blocks taking zero to three arguments.
    static let blocks = ["[ 1 ]", "[| :a | a ]", "[| :a. :b | b ]", "[| :a. :b. :c | c ]", "[ nil ]"]

    /// `IfFail:` objects: blocks of every arity, non-blocks, one that fails
    /// again, one that returns non-locally.
    static let failures = [
        "[| :e | e ]", "[| :e | nil ]", "[ 0 ]", "[| :a. :b | a ]", "3", "nil", "raiseError",
        "(| value: e = ( e ) |)", "[| :e | ^ e ]",
    ]

    /// Wrong values for restricted roles: of a wrong kind, so a type error, and
    /// never a descriptor, an integer or a path that could block or touch files.
    static let harmless = ["nil", "'x'", "(| |)", "1.5", "true", "[ 1 ]", "(std array copySize: 1)"]

    /// Managed descriptors safe to write to or pass anywhere but to `_Close:`,
    /// `_SetNonBlockingFD:` and the blocking reads.
    func descriptors() -> [String] {
        var all = closableDescriptors() + ["_ManagedStdout"]
        if context != .regular { all.append("_ManagedStdin") }
        return all
    }

    /// Descriptors this program may close or change: never standard input or
    /// output, which the fuzzing process shares with its parent.
    func closableDescriptors() -> [String] {
        [
            "(_Open: '/dev/null' WithFlags: 1 IfFail: nil)", "(fuzzPrimitiveKit file)",
            "(_Open: '/dev/zero' WithFlags: 0 IfFail: nil)", "(fuzzPrimitiveKit closed)", "(fuzzPrimitiveKit socket)",
            "(fuzzPrimitiveKit client)", "(fuzzPrimitiveKit readySocket)", "(fuzzPrimitiveKit listener)",
        ]
    }

    /// Descriptors a read or an accept cannot block on: files, devices, a closed
    /// one, a socket with data waiting, a listener with a connection waiting.
    func readableDescriptors() -> [String] {
        [
            "(fuzzPrimitiveKit file)", "(_Open: '/dev/zero' WithFlags: 0 IfFail: nil)",
            "(_Open: '/dev/null' WithFlags: 0 IfFail: nil)", "(fuzzPrimitiveKit closed)",
            "(fuzzPrimitiveKit readySocket)",
            "(fuzzPrimitiveKit pendingListener)", "(_Open: 'fuzz-file-1.txt' WithFlags: 0 IfFail: nil)",
        ]
    }

    /// Sockets, and descriptors that are not (ENOTSOCK).
    static let sockets = [
        "(fuzzPrimitiveKit socket)", "(fuzzPrimitiveKit listener)", "(fuzzPrimitiveKit client)",
        "(fuzzPrimitiveKit readySocket)", "(fuzzPrimitiveKit closed)", "(fuzzPrimitiveKit file)",
    ]

    /// Raw socket addresses: loopback with a free or high port, a listener's,
    /// the wildcard (refused by the sandbox for connect), zeros, garbage.
    static let socketAddresses = [
        "(fuzzPrimitiveKit loopback: 0)", "(fuzzPrimitiveKit loopback: 20001)", "(fuzzPrimitiveKit listenerAddress)",
        "(fuzzPrimitiveKit addressInfo sockaddrBytes)", "('' copySize: 16)", "'abc'", "''",
    ]

    /// Expressions for a role: right values for it, in this program's context.
    mutating func right(_ role: ValueRole) -> String {
        switch role {
        case .anything, .ignored: return anything()
        case .integer: return random.pick(integers())
        case .shift: return String(random.weighted([(8, random.int(in: 0...63)), (1, 64)]))
        case .size: return random.pick(["0", "1", "2", "3", "8", "16", "100", "1000", "65536", "1048576"])
        case .index: return String(random.weighted([(8, random.int(in: 0...8)), (1, 16), (1, 64), (1, 1000)]))
        case .byte: return String(random.weighted([(8, random.int(in: 0...255)), (1, 256)]))
        case .string: return random.pick(Self.strings)
        case .filler: return random.pick(["'z'", "' '", "'\\x00'", "''", "'ab'"])
        case .path: return random.pick(paths())
        case .scriptPath:
            // /dev/zero is read up to the 256 MiB source limit: costly, so rare.
            return random.weighted([(20, "'/dev/null'"), (1, "'/dev/zero'"), (20, "'fz-missing-\(suffix).self'")])
        case .selector: return random.pick(Self.selectors)
        case .code: return random.pick(Self.code)
        case .sockaddr: return random.pick(Self.socketAddresses)
        case .host:
            return random.pick(["nil", "'localhost'", "'127.0.0.1'", "'::1'", "'example.com'", "''", "'a\\x00b'"])
        case .array: return random.pick(Self.arrays)
        case .descriptors:
            return random.pick([
                "(fuzzPrimitiveKit fds)", "(std array copySize: 0)", "(std array copySize: 2)",
                "((std array copySize: 1) at: 0 Put: fuzzPrimitiveKit readySocket)",
            ])
        case .events:
            return "(std array copySize: \(random.pick([0, 1, 2, 3, 3, 3]))"
                + " FillingExtrasWith: \(random.pick(["1", "4", "5", "0", "'x'"])))"
        case .slots: return random.chance(2, in: 3) ? random.pick(Self.freshSlots) : random.pick(Self.sharedSlots)
        case .newSlots:
            return random.chance(1, in: 2) ? random.pick(Self.newSlotsForShared) : random.pick(Self.freshSlots)
        case .failure: return random.pick(Self.failures)
        case .descriptor: return random.pick(descriptors())
        case .closable: return random.pick(closableDescriptors())
        case .readable: return random.pick(readableDescriptors())
        case .socket: return random.pick(Self.sockets)
        case .nonBlocking: return "true"
        case .timeout: return random.pick(["0", "0", "1", "10", "50"])
        case .deadline: return random.pick(["(fuzzPrimitiveKit deadline: \(random.int(in: 0...20)))", "0", "(0 - 5)"])
        case .status: return random.pick(["0", "1", "3", "255", "256", "(0 - 1)"])
        case .openFlags:
            return random.pick(["0", "1", "2", "65", "66", "577", "578", "1089", "2048", "65536", "524288", "4259842"])
        case .port: return random.pick(["0", "20001", "65535", "65536", "(0 - 1)"])
        case .family: return random.pick(["0", "2", "10", "1", "99"])
        case .socketType: return random.pick(["1", "2", "3", "0", "5"])
        case .protocolNumber: return random.pick(["0", "6", "17", "255"])
        case .addressFlags: return random.pick(["0", "1", "4", "1024"])
        case .level: return random.pick(["1", "6", "0", "41", "65535"])
        case .option: return random.pick(["2", "9", "7", "8", "13", "20", "1", "15"])
        case .actor: return context == .genesis ? random.pick(["a", "w", "d"]) : random.pick(Self.harmless)
        case .proxy: return context == .regular ? "p" : random.pick(Self.harmless)
        }
    }

    /// A value for a role, deliberately of the wrong kind: anything at all, or a
    /// harmless wrong value for a restricted role.
    mutating func wrong(_ role: ValueRole) -> String {
        role.isRestricted ? random.pick(Self.harmless) : anything()
    }

    /// A value of any kind, including this program's earlier results and the
    /// actor handles of its context.
    mutating func anything() -> String {
        switch random.below(13) {
        case 0, 1: return random.pick(integers())
        case 2: return random.pick(["1.5", "0.0", "123456.789"])
        case 3: return random.pick(Self.strings)
        case 4: return random.pick(Self.arrays)
        case 5: return random.pick(Self.freshSlots)
        case 6: return random.pick(Self.sharedSlots)
        case 7: return random.pick(Self.blocks)
        case 8: return random.pick(descriptors())
        case 9: return random.pick(["nil", "true", "false", "(fuzzPrimitiveKit addressInfo)", "_Nil"])
        case 10 where context == .genesis: return random.pick(["a", "w", "d"])
        case 10 where context == .regular: return "p"
        case 11 where !results.isEmpty: return random.pick(results)
        default: return random.pick(Self.failures)
        }
    }
}

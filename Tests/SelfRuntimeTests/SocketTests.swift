import SelfRuntime
import Testing

/// The socket primitives where a script test cannot look: the exact runtime-error
/// messages (primitives.md §1.2), address-info objects built with a collection at
/// every safepoint, and the address-info lookups that inline caches must not keep.
/// Behaviour over real sockets is tested by `Tests/Scripts/sockets/`.
@Suite("Socket primitives")
struct SocketTests {
    /// A lookup of the numeric loopback address (no name server is asked).
    static func lookUp(type: Int, port: Int = 80) -> String {
        "_GetAddrInfoForHost: '127.0.0.1' Port: \(port) Family: 2 SocketType: \(type) Protocol: 0 Flags: 0 "
            + "IfFail: [| :e | e ]"
    }

    /// Source text and the runtime error it must raise.
    static let errors: [(String, String)] = [
        (
            "_GetAddrInfoForHost: 3 Port: 0 Family: 2 SocketType: 1 Protocol: 0 Flags: 0 IfFail: _Nil",
            "Expected nil or a byte array for argument 1 of "
                + "_GetAddrInfoForHost:Port:Family:SocketType:Protocol:Flags:IfFail:"
        ),
        (
            "_GetAddrInfoForHost: _Nil Port: 0 Family: 2 SocketType: 1 Protocol: 'x' Flags: 0 IfFail: _Nil",
            "Expected integer for argument 5 of _GetAddrInfoForHost:Port:Family:SocketType:Protocol:Flags:IfFail:"
        ),
        (
            "_GetAddrInfoForHost: _Nil Port: 70000 Family: 2 SocketType: 1 Protocol: 0 Flags: 0 IfFail: _Nil",
            "Port 70000 passed to _GetAddrInfoForHost:Port:Family:SocketType:Protocol:Flags:IfFail: is above 65535"
        ),
        (
            "_SocketWithFamily: 2 Type: 'x' Protocol: 0 IfFail: _Nil",
            "Expected integer for argument 2 of _SocketWithFamily:Type:Protocol:IfFail:"
        ),
        (
            "_SocketWithFamily: 2 Type: 1 Protocol: (0 _IntSub: 1) IfFail: _Nil",
            "Expected positive integer for argument 3 of _SocketWithFamily:Type:Protocol:IfFail:"
        ),
        (
            "_SocketWithFamily: 4294967296 Type: 1 Protocol: 0 IfFail: _Nil",
            "Integer 4294967296 for argument 1 of _SocketWithFamily:Type:Protocol:IfFail: is out of range"
        ),
        (
            "_BindFD: 3 ToSockaddrBytes: '' IfFail: _Nil",
            "Expected a managed object for argument 1 of _BindFD:ToSockaddrBytes:IfFail:"
        ),
        (
            "_ConnectFD: _ManagedStdout ToSockaddrBytes: 3 IfFail: _Nil",
            "Expected a byte array for argument 2 of _ConnectFD:ToSockaddrBytes:IfFail:"
        ),
        (
            "_ListenOnFD: _ManagedStdout WithBacklog: _Nil IfFail: _Nil",
            "Expected integer for argument 2 of _ListenOnFD:WithBacklog:IfFail:"
        ),
        ("_AcceptFromFD: 0 IfFail: _Nil", "Expected a managed object for argument 1 of _AcceptFromFD:IfFail:"),
        (
            "_SetSockOptFD: _ManagedStdout Level: 1 Option: 2 Value: 'x' IfFail: _Nil",
            "Expected integer for argument 4 of _SetSockOptFD:Level:Option:Value:IfFail:"
        ),
        (
            "_SetNonBlockingFD: _ManagedStdout To: _Nil IfFail: _Nil",
            "Expected true or false for argument 2 of _SetNonBlockingFD:To:IfFail:"
        ),
        ("_SockNameOfFD: _Nil IfFail: _Nil", "Expected a managed object for argument 1 of _SockNameOfFD:IfFail:"),
    ]

    @Test("wrong argument types and ranges are runtime errors with primitives.md §1.2 wording", arguments: errors)
    func argumentErrors(source: String, message: String) {
        let test = TestVM()
        #expect(test.error(source) == message)
    }

    @Test("address-info objects are built correctly with a collection at every safepoint")
    func addressInfoUnderCollection() throws {
        let test = TestVM()
        test.heap.collectAtEverySafepoint = true
        defer { test.heap.collectAtEverySafepoint = false }
        let answer = try #require(test.value(SocketTests.lookUp(type: 0, port: 8080)))
        // Socket type 0: glibc answers one entry per socket type (stream, datagram, raw).
        #expect(test.memory.isKind(answer, .array))
        let array = answer.object
        let count = test.memory.count(array)
        #expect(count >= 2)
        for index in 0..<count {
            let info = array[word: 3 + index]
            #expect(test.memory.isKind(info, .addressInfo))
            #expect(info.object[word: 2] == Value(integer: 2), "family AF_INET")
            let address = info.object[word: 6]
            #expect(test.memory.isKind(address, .byteArray))
            #expect(test.memory.bytes(address) == [2, 0, 31, 144, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0])
        }
        #expect(array[word: 3].object[word: 3] == Value(integer: 1), "the OS's order: SOCK_STREAM first")
    }

    @Test("one send site answers each address-info object's own fields (no inline caching)")
    func addressInfoLookupIsNotCached() {
        let test = TestVM()
        test.define("_AddSlots: (| infos <- 0. typeOf: i = ((infos _ArrayAt: i) socketType) |)")
        test.define("infos: (\(SocketTests.lookUp(type: 0)))")
        #expect(test.integer("typeOf: 0") == 1)
        #expect(test.integer("typeOf: 1") == 2)
        #expect(test.integer("typeOf: 0") == 1)
        #expect(test.integer("(infos _ArrayAt: 0) protocol") == 6)
        #expect(test.integer("(infos _ArrayAt: 0) family") == 2)
        #expect(test.integer("(infos _ArrayAt: 0) sockaddrBytes _ByteArraySize") == 16)
        #expect(test.error("(infos _ArrayAt: 0) port") == "Unknown selector \"port\"")
    }

    @Test("a lookup failure sends value: with glibc's negative EAI code")
    func lookupFailure() {
        let test = TestVM()
        let source = "_GetAddrInfoForHost: 'x' Port: 0 Family: 2 SocketType: 1 Protocol: 0 Flags: 4 IfFail: [| :e | e ]"
        #expect(test.integer(source) == -2)
    }

    @Test("outside actors, accept on a non-blocking listening socket fails with EAGAIN (11)")
    func acceptWouldBlock() {
        let test = TestVM()
        test.define("_AddSlots: (| fd <- 0 |)")
        test.define("fd: (_SocketWithFamily: 2 Type: 1 Protocol: 0 IfFail: [| :e | e ])")
        let address = "((\(SocketTests.lookUp(type: 1, port: 0))) _ArrayAt: 0) sockaddrBytes"
        test.define("_BindFD: fd ToSockaddrBytes: \(address) IfFail: [| :e | _Error: 'bind' ]")
        test.define("_ListenOnFD: fd WithBacklog: 1 IfFail: [| :e | _Error: 'listen' ]")
        #expect(test.value("_SetNonBlockingFD: fd To: (0 _IntEq: 0) IfFail: [| :e | e ]") == test.memory.nilValue)
        #expect(test.integer("_AcceptFromFD: fd IfFail: [| :e | e ]") == 11)
        test.define("_Close: fd")
    }
}

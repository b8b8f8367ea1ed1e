/// The helper object every `primitives` program installs first, in the lobby slot
/// `fuzzPrimitiveKit`: values that take statements to make (sockets connected to
/// each other, a listener with a connection waiting, a closed descriptor, cyclic
/// objects and arrays, a string that is not UTF-8), a bounded `_Restart`, a deadline
/// for `_ActorYieldUntil:`, and an actor prototype (`peer`) to spawn.
///
/// The slot name is fixed, not suffixed: every program adds the same text again
/// (which replaces the slot), so no program depends on an earlier one, and the
/// lobby does not grow. Every socket the kit answers is non-blocking, and only
/// loopback addresses are used, so no read, accept or write can hang the process.
/// Failures answer `nil` (for example when descriptors run out).
enum PrimitiveKit {
    /// The statement that installs the kit.
    static let installation = """
        lobby _AddSlots: (| fuzzPrimitiveKit = (|
            parent* = std traits clonable.
            "A non-blocking TCP socket, not connected."
            socket = ( | s | s: (_SocketWithFamily: 2 Type: 1 Protocol: 0 IfFail: [| :e | ^ nil ]).
                _SetNonBlockingFD: s To: true IfFail: [| :e | nil ]. s ).
            "The raw address 127.0.0.1:port."
            loopback: port = ( | infos |
                infos: (_GetAddrInfoForHost: '127.0.0.1' Port: port Family: 2 SocketType: 1 Protocol: 0 Flags: 0 IfFail: [| :e | ^ nil ]).
                (infos _ArrayAt: 0) sockaddrBytes ).
            "An address-info object for the wildcard address, port 0."
            addressInfo = ( (_GetAddrInfoForHost: nil Port: 0 Family: 2 SocketType: 1 Protocol: 0 Flags: 1 IfFail: [| :e | ^ nil ]) _ArrayAt: 0 ).
            "A non-blocking socket listening on a free loopback port."
            listener = ( | s | s: socket. nil == s ifTrue: [ ^ nil ].
                _BindFD: s ToSockaddrBytes: (loopback: 0) IfFail: [| :e | ^ s ].
                _ListenOnFD: s WithBacklog: 4 IfFail: [| :e | ^ s ]. s ).
            "The address a listener got."
            listenerAddress = ( | l | l: listener. nil == l ifTrue: [ ^ nil ]. _SockNameOfFD: l IfFail: [| :e | nil ] ).
            "An array: a client, the connection accepted for it, the listener."
            pair = ( | l. c. a. address |
                l: listener. nil == l ifTrue: [ ^ nil ].
                address: (_SockNameOfFD: l IfFail: [| :e | ^ nil ]).
                c: (_SocketWithFamily: 2 Type: 1 Protocol: 0 IfFail: [| :e | ^ nil ]).
                _ConnectFD: c ToSockaddrBytes: address IfFail: [| :e | nil ].
                a: (_AcceptFromFD: l IfFail: [| :e | ^ nil ]).
                _SetNonBlockingFD: c To: true IfFail: [| :e | nil ].
                _SetNonBlockingFD: a To: true IfFail: [| :e | nil ].
                (std array copySize: 3) at: 0 Put: c; at: 1 Put: a; at: 2 Put: l ).
            "A connected client socket."
            client = ( | p | p: pair. nil == p ifTrue: [ nil ] False: [ p at: 0 ] ).
            "An accepted socket with four bytes waiting to be read (the client may
             still be connecting in a regular actor, where sockets do not block:
             it is given up to 50 ms to become writable first)."
            readySocket = ( | p |
                p: pair. nil == p ifTrue: [ ^ nil ].
                _PollFDs: ((std array copySize: 1) at: 0 Put: (p at: 0)) Events: (std array copySize: 1 FillingExtrasWith: 4)
                    WaitingForMS: 50 IfFail: [| :e | nil ].
                _Write: 4 BytesFrom: 'ping' AtOffset: 0 Into: (p at: 0) IfFail: [| :e | nil ]. p at: 1 ).
            "A listener with a connection waiting to be accepted."
            pendingListener = ( | l. c |
                l: listener. nil == l ifTrue: [ ^ nil ].
                c: (_SocketWithFamily: 2 Type: 1 Protocol: 0 IfFail: [| :e | ^ nil ]).
                _ConnectFD: c ToSockaddrBytes: (_SockNameOfFD: l IfFail: [| :e | ^ nil ]) IfFail: [| :e | nil ]. l ).
            "A file in the working directory, open for reading and writing."
            file = ( _Open: 'fuzz-file-0.txt' WithFlags: 66 IfFail: [| :e | nil ] ).
            "A managed descriptor that has been closed."
            closed = ( | f | f: (_Open: '/dev/null' WithFlags: 0 IfFail: [| :e | ^ nil ]). _Close: f. f ).
            "Three descriptors for _PollFDs:."
            fds = ( (std array copySize: 3) at: 0 Put: _ManagedStdout; at: 1 Put: (_Open: '/dev/zero' WithFlags: 0 IfFail: [| :e | nil ]); at: 2 Put: file ).
            "Two objects referring to each other."
            cyclic = ( | a. b | a: (| parent* = std traits clonable. fzNext. fzOther |). b: a clone.
                a fzNext: b; fzOther: a. b fzNext: a. a ).
            "An array holding itself and a cycle."
            cyclicArray = ( | a | a: (std array copySize: 3). a at: 0 Put: a; at: 1 Put: cyclic. a ).
            "Six bytes that are not UTF-8, one of them NUL."
            nonUtf8 = ( | s | s: 'abcdef' copy. s _ByteAt: 0 Put: 255. s _ByteAt: 2 Put: 0. s _ByteAt: 4 Put: 192. s ).
            "A monotonic time ms milliseconds from now."
            deadline: ms = ( _MonotonicNanoseconds + (ms * 1000000) ).
            "_Restart sent to r, n times, then the count."
            restart: r Times: n = ( | i <- 0 | i: i + 1. i >= n ifTrue: [ ^ i ]. r _Restart ).
            "An actor to spawn: it answers two messages and yields a few times."
            peer = (| parent* = std traits actor. fzPing: x = ( x ). fzKw: x With: y = ( y ).
                main = ( 0 to: 3 Do: [| :i | yield ] ) |).
        |) |).
        """
}

"_GetAddrInfoForHost:Port:Family:SocketType:Protocol:Flags:IfFail:
 (primitives.md 3.7): a new array of address-info objects in the OS's order,
 each answering family, socketType, protocol, flags and sockaddrBytes (the raw
 socket address). Linux values: family 2 is AF_INET, type 1 SOCK_STREAM, 2
 SOCK_DGRAM; an AF_INET sockaddr is 16 bytes: family (2 bytes, host order),
 port (2 bytes, network order), address (4 bytes), 8 zero bytes. Only numeric
 loopback hosts are used, so no name server is asked."
(|
    parent* = std testing test.

    lookUp: host Port: port Type: type = (
        _GetAddrInfoForHost: host Port: port Family: 2 SocketType: type Protocol: 0 Flags: 0
            IfFail: [| :e | _Error: 'getaddrinfo failed with ', e asString ] ).

    run = (
        testStreamLoopback.
        testPortInNetworkOrder.
        testNilHostIsLoopback.
        testEveryAnswerAnswersItsOwnFields.
        testFreshObjects ).

    testStreamLoopback = ( | infos. info. bytes |
        infos: (lookUp: '127.0.0.1' Port: 0 Type: 1).
        expect: infos _ArraySize ToBe: 1.
        info: (infos _ArrayAt: 0).
        expect: info family ToBe: 2.
        expect: info socketType ToBe: 1.
        "glibc fills in the protocol: 6 is IPPROTO_TCP."
        expect: info protocol ToBe: 6.
        expectToBeTrue: (info flags parent _Eq: std traits integer).
        bytes: info sockaddrBytes.
        expect: bytes _ByteArraySize ToBe: 16.
        expect: (bytes _ByteAt: 0) ToBe: 2.
        expect: (bytes _ByteAt: 1) ToBe: 0.
        expect: (bytes _ByteAt: 2) ToBe: 0.
        expect: (bytes _ByteAt: 3) ToBe: 0.
        expect: (bytes _ByteAt: 4) ToBe: 127.
        expect: (bytes _ByteAt: 5) ToBe: 0.
        expect: (bytes _ByteAt: 6) ToBe: 0.
        expect: (bytes _ByteAt: 7) ToBe: 1 ).

    testPortInNetworkOrder = ( | bytes |
        "8080 is 31 * 256 + 144."
        bytes: ((lookUp: '127.0.0.1' Port: 8080 Type: 1) _ArrayAt: 0) sockaddrBytes.
        expect: (bytes _ByteAt: 2) ToBe: 31.
        expect: (bytes _ByteAt: 3) ToBe: 144 ).

    testNilHostIsLoopback = ( | bytes |
        "Without AI_PASSIVE (1), a nil host means the loopback address."
        bytes: ((lookUp: nil Port: 80 Type: 1) _ArrayAt: 0) sockaddrBytes.
        expect: (bytes _ByteAt: 4) ToBe: 127.
        expect: (bytes _ByteAt: 7) ToBe: 1.
        expect: (bytes _ByteAt: 3) ToBe: 80.
        "With AI_PASSIVE, the wildcard address 0.0.0.0."
        bytes: ((_GetAddrInfoForHost: nil Port: 80 Family: 2 SocketType: 1 Protocol: 0 Flags: 1
            IfFail: [| :e | _Error: 'getaddrinfo failed' ]) _ArrayAt: 0) sockaddrBytes.
        expect: (bytes _ByteAt: 4) ToBe: 0.
        expect: (bytes _ByteAt: 7) ToBe: 0 ).

    testEveryAnswerAnswersItsOwnFields = ( | infos. types |
        "Socket type 0 asks for every type: glibc answers stream, datagram and
         raw. The answers share one map, so the sends below (one send site each)
         must not be served from an inline cache."
        infos: (lookUp: '127.0.0.1' Port: 7 Type: 0).
        expectToBeTrue: (infos _ArraySize > 1).
        types: (std array _ArrayCopySize: infos _ArraySize FillingExtrasWith: 0).
        0 to: infos _ArraySize Do: [| :i. info |
            info: (infos _ArrayAt: i).
            expect: info family ToBe: 2.
            expect: info sockaddrBytes _ByteArraySize ToBe: 16.
            types _ArrayAt: i Put: info socketType ].
        expect: (types _ArrayAt: 0) ToBe: 1.
        expect: (types _ArrayAt: 1) ToBe: 2 ).

    testFreshObjects = ( | a. b |
        a: (lookUp: '127.0.0.1' Port: 0 Type: 1).
        b: (lookUp: '127.0.0.1' Port: 0 Type: 1).
        expectToBeFalse: (a _Eq: b).
        expectToBeFalse: ((a _ArrayAt: 0) _Eq: (b _ArrayAt: 0)).
        expectToBeFalse: ((a _ArrayAt: 0) sockaddrBytes _Eq: (b _ArrayAt: 0) sockaddrBytes) ).
|) run.

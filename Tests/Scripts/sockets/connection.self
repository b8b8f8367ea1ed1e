"A TCP connection over the loopback interface, with every socket primitive
 (primitives.md 3.7, docs/primitives-extensions.md): socket, SO_REUSEADDR
 (level 1, option 2 on Linux), bind to 127.0.0.1 port 0 (the OS picks a free
 port), listen, _SockNameOfFD:IfFail: for the port it picked, connect,
 accept, then bytes both ways with _Write:... and _Read:..., and end of file
 after the peer closes. Every socket is closed."
(|
    parent* = std testing test.

    loopback: port = (
        ((_GetAddrInfoForHost: '127.0.0.1' Port: port Family: 2 SocketType: 1 Protocol: 0 Flags: 0
            IfFail: [| :e | _Error: 'getaddrinfo failed' ]) _ArrayAt: 0) sockaddrBytes ).

    newSocket = (
        _SocketWithFamily: 2 Type: 1 Protocol: 0 IfFail: [| :e | _Error: 'socket failed with ', e asString ] ).

    newListener = ( | fd |
        fd: newSocket.
        expectToBeTrue: ((_SetSockOptFD: fd Level: 1 Option: 2 Value: 1
            IfFail: [| :e | _Error: 'setsockopt failed with ', e asString ]) _Eq: nil).
        expectToBeTrue: ((_BindFD: fd ToSockaddrBytes: (loopback: 0)
            IfFail: [| :e | _Error: 'bind failed with ', e asString ]) _Eq: nil).
        expectToBeTrue: ((_ListenOnFD: fd WithBacklog: 4
            IfFail: [| :e | _Error: 'listen failed with ', e asString ]) _Eq: nil).
        fd ).

    nameOf: fd = (
        _SockNameOfFD: fd IfFail: [| :e | _Error: 'getsockname failed with ', e asString ] ).

    send: text From: fd = (
        _Write: text _ByteArraySize BytesFrom: text AtOffset: 0 Into: fd
            IfFail: [| :e | _Error: 'write failed with ', e asString ] ).

    receive: n From: fd = ( | buffer. count |
        buffer: ('' _ByteArrayCopySize: n FillingExtrasWith: '.').
        count: (_Read: n BytesInto: buffer AtOffset: 0 From: fd
            IfFail: [| :e | _Error: 'read failed with ', e asString ]).
        buffer _ByteArrayCopySize: count FillingExtrasWith: '.' ).

    run = ( | listener. name. port. client. server |
        listener: newListener.
        name: (nameOf: listener).
        expect: name _ByteArraySize ToBe: 16.
        expect: (name _ByteAt: 4) ToBe: 127.
        port: ((name _ByteAt: 2) * 256) + (name _ByteAt: 3).
        expectToBeTrue: (port > 0).
        "The address getaddrinfo makes for that port is the same address."
        expect: (loopback: port) ToBe: name.

        client: newSocket.
        expectToBeTrue: ((_ConnectFD: client ToSockaddrBytes: name
            IfFail: [| :e | _Error: 'connect failed with ', e asString ]) _Eq: nil).
        server: (_AcceptFromFD: listener IfFail: [| :e | _Error: 'accept failed with ', e asString ]).
        expectToBeTrue: (server value parent _Eq: std traits integer).
        expectToBeFalse: (server value = listener value).

        expect: (send: 'hello' From: client) ToBe: 5.
        expect: (receive: 5 From: server) ToBe: 'hello'.
        expect: (send: 'pong!' From: server) ToBe: 5.
        expect: (receive: 16 From: client) ToBe: 'pong!'.

        "The client's own address is on the loopback interface too."
        expect: ((nameOf: client) _ByteAt: 4) ToBe: 127.

        _Close: client.
        expect: (receive: 16 From: server) ToBe: ''.
        _Close: server.
        _Close: listener ).
|) run.

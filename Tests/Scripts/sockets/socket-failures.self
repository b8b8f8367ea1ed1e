"Operating-system failures of the socket primitives go to the failure object
 as errno values (primitives.md 1.3; Linux numbers): 97 EAFNOSUPPORT, 98
 EADDRINUSE, 111 ECONNREFUSED, 88 ENOTSOCK, 22 EINVAL, 92 ENOPROTOOPT, 9
 EBADF. Only loopback addresses are used, and every socket is closed."
(|
    parent* = std testing test.

    loopback: port = (
        ((_GetAddrInfoForHost: '127.0.0.1' Port: port Family: 2 SocketType: 1 Protocol: 0 Flags: 0
            IfFail: [| :e | _Error: 'getaddrinfo failed' ]) _ArrayAt: 0) sockaddrBytes ).

    newSocket = (
        _SocketWithFamily: 2 Type: 1 Protocol: 0 IfFail: [| :e | _Error: 'socket failed with ', e asString ] ).

    boundSocket = ( | fd |
        fd: newSocket.
        _BindFD: fd ToSockaddrBytes: (loopback: 0) IfFail: [| :e | _Error: 'bind failed with ', e asString ].
        fd ).

    nameOf: fd = (
        _SockNameOfFD: fd IfFail: [| :e | _Error: 'getsockname failed with ', e asString ] ).

    run = (
        testSocket.
        testBind.
        testConnect.
        testListenAndAccept.
        testOptions.
        testClosed ).

    testSocket = (
        expect: (_SocketWithFamily: 12345 Type: 1 Protocol: 0 IfFail: [| :e | e ]) ToBe: 97 ).

    testBind = ( | listener. other |
        listener: boundSocket.
        _ListenOnFD: listener WithBacklog: 1 IfFail: [| :e | _Error: 'listen failed' ].
        other: newSocket.
        expect: (_BindFD: other ToSockaddrBytes: (nameOf: listener) IfFail: [| :e | e ]) ToBe: 98.
        "A socket address that is too short."
        expect: (_BindFD: other ToSockaddrBytes: 'abc' IfFail: [| :e | e ]) ToBe: 22.
        _Close: other.
        _Close: listener ).

    testConnect = ( | silent. client |
        "Bound but not listening: connecting is refused."
        silent: boundSocket.
        client: newSocket.
        expect: (_ConnectFD: client ToSockaddrBytes: (nameOf: silent) IfFail: [| :e | e ]) ToBe: 111.
        _Close: client.
        _Close: silent ).

    testListenAndAccept = ( | file. fd |
        file: (_Open: '/dev/null' WithFlags: 0 IfFail: [| :e | _Error: 'cannot open /dev/null' ]).
        expect: (_ListenOnFD: file WithBacklog: 1 IfFail: [| :e | e ]) ToBe: 88.
        expect: (_AcceptFromFD: file IfFail: [| :e | e ]) ToBe: 88.
        expect: (_SockNameOfFD: file IfFail: [| :e | e ]) ToBe: 88.
        expect: (_SetSockOptFD: file Level: 1 Option: 2 Value: 1 IfFail: [| :e | e ]) ToBe: 88.
        _Close: file.
        "Accepting on a socket that does not listen."
        fd: newSocket.
        expect: (_AcceptFromFD: fd IfFail: [| :e | e ]) ToBe: 22.
        _Close: fd ).

    testOptions = ( | fd |
        fd: newSocket.
        expect: (_SetSockOptFD: fd Level: 1 Option: 12345 Value: 1 IfFail: [| :e | e ]) ToBe: 92.
        expectToBeTrue: ((_SetSockOptFD: fd Level: 1 Option: 2 Value: 0 IfFail: [| :e | e ]) _Eq: nil).
        _Close: fd ).

    testClosed = ( | fd |
        fd: newSocket.
        _Close: fd.
        expect: (_BindFD: fd ToSockaddrBytes: (loopback: 0) IfFail: [| :e | e ]) ToBe: 9.
        expect: (_ConnectFD: fd ToSockaddrBytes: (loopback: 1) IfFail: [| :e | e ]) ToBe: 9.
        expect: (_ListenOnFD: fd WithBacklog: 1 IfFail: [| :e | e ]) ToBe: 9.
        expect: (_AcceptFromFD: fd IfFail: [| :e | e ]) ToBe: 9.
        expect: (_SetSockOptFD: fd Level: 1 Option: 2 Value: 1 IfFail: [| :e | e ]) ToBe: 9.
        expect: (_SetNonBlockingFD: fd To: true IfFail: [| :e | e ]) ToBe: 9.
        expect: (_SockNameOfFD: fd IfFail: [| :e | e ]) ToBe: 9 ).
|) run.

"_SetNonBlockingFD:To:IfFail: sets or clears O_NONBLOCK
 (docs/primitives-extensions.md). Outside a regular actor, EAGAIN on a
 non-blocking descriptor is an ordinary failure: _AcceptFromFD:IfFail: and
 _Read:... send value: 11 to the failure object (primitives.md 1.6). A
 non-blocking connect to a listening loopback socket either succeeds at once
 or fails with EINPROGRESS (115), and poll then reports it writable (POLLOUT
 is 4, POLLIN 1). Every socket is closed."
(|
    parent* = std testing test.

    newSocket = (
        _SocketWithFamily: 2 Type: 1 Protocol: 0 IfFail: [| :e | _Error: 'socket failed with ', e asString ] ).

    newListener = ( | fd |
        fd: newSocket.
        _BindFD: fd ToSockaddrBytes: ((_GetAddrInfoForHost: '127.0.0.1' Port: 0 Family: 2 SocketType: 1 Protocol: 0
            Flags: 0 IfFail: [| :e | _Error: 'getaddrinfo failed' ]) _ArrayAt: 0) sockaddrBytes
            IfFail: [| :e | _Error: 'bind failed with ', e asString ].
        _ListenOnFD: fd WithBacklog: 4 IfFail: [| :e | _Error: 'listen failed with ', e asString ].
        fd ).

    nonBlocking: fd To: flag = (
        expectToBeTrue: ((_SetNonBlockingFD: fd To: flag
            IfFail: [| :e | _Error: 'fcntl failed with ', e asString ]) _Eq: nil) ).

    poll: fd For: events = ( | fds. masks |
        fds: (std array _ArrayCopySize: 1 FillingExtrasWith: fd).
        masks: (std array _ArrayCopySize: 1 FillingExtrasWith: events).
        expect: (_PollFDs: fds Events: masks WaitingForMS: 5000 IfFail: [| :e | e negate ]) ToBe: 1.
        (masks _ArrayAt: 0) bitAnd: events ).

    run = ( | listener. client. server. buffer. result |
        listener: newListener.
        nonBlocking: listener To: true.
        expect: (_AcceptFromFD: listener IfFail: [| :e | e ]) ToBe: 11.
        "Setting the same state twice is harmless."
        nonBlocking: listener To: true.

        client: newSocket.
        nonBlocking: client To: true.
        result: (_ConnectFD: client ToSockaddrBytes: (_SockNameOfFD: listener IfFail: [| :e | _Error: 'getsockname' ])
            IfFail: [| :e | e ]).
        expectToBeTrue: ((result _Eq: nil) || [ result = 115 ]).
        expect: (poll: client For: 4) ToBe: 4.
        expect: (poll: listener For: 1) ToBe: 1.
        server: (_AcceptFromFD: listener IfFail: [| :e | _Error: 'accept failed with ', e asString ]).

        "No data yet: a non-blocking read fails with EAGAIN."
        nonBlocking: server To: true.
        buffer: ('' _ByteArrayCopySize: 4 FillingExtrasWith: '.').
        expect: (_Read: 4 BytesInto: buffer AtOffset: 0 From: server IfFail: [| :e | e ]) ToBe: 11.
        expect: (_Write: 2 BytesFrom: 'ok' AtOffset: 0 Into: client IfFail: [| :e | e negate ]) ToBe: 2.
        expect: (poll: server For: 1) ToBe: 1.
        expect: (_Read: 4 BytesInto: buffer AtOffset: 0 From: server IfFail: [| :e | e negate ]) ToBe: 2.
        expect: buffer ToBe: 'ok..'.

        "Back to blocking: a read waits for data instead of failing."
        nonBlocking: server To: false.
        expect: (_Write: 1 BytesFrom: '!' AtOffset: 0 Into: client IfFail: [| :e | e negate ]) ToBe: 1.
        expect: (_Read: 4 BytesInto: buffer AtOffset: 0 From: server IfFail: [| :e | e negate ]) ToBe: 1.

        _Close: client.
        _Close: server.
        _Close: listener ).
|) run.

"In a regular actor, sockets made by _SocketWith... and _AcceptFromFD: are
 non-blocking, and accept and read suspend the actor with reason blocked (2)
 instead of waiting in the OS (primitives.md 1.6, actors.md 4.7). The genesis
 asks _ActorBlockedFD which descriptor the actor waits on (first the
 listening socket, whose port _SockNameOfFD:IfFail: tells, then the
 accepted connection), connects to it over the loopback interface, writes,
 and resumes the actor, which re-runs the primitive and echoes what it read.
 Every socket is closed."
(|
    parent* = std testing test.

    echo = (|
        parent* = std traits actor.

        main = ( | results. listener. connection. buffer. count |
            results: (_GetAddrInfoForHost: '127.0.0.1' Port: 0 Family: 2 SocketType: 1
                Protocol: 0 Flags: 0 IfFail: raiseError).
            listener: (_SocketWithFamily: 2 Type: 1 Protocol: 0 IfFail: raiseError).
            _BindFD: listener ToSockaddrBytes: (results at: 0) sockaddrBytes IfFail: raiseError.
            _ListenOnFD: listener WithBacklog: 4 IfFail: raiseError.
            connection: (_AcceptFromFD: listener IfFail: raiseError).
            buffer: ('' _ByteArrayCopySize: 4 FillingExtrasWith: '.').
            count: (_Read: 4 BytesInto: buffer AtOffset: 0 From: connection IfFail: raiseError).
            _Write: count BytesFrom: buffer AtOffset: 0 Into: connection IfFail: raiseError.
            _Close: connection.
            _Close: listener ).
    |).

    readyToRead: fd = ( | fds. events |
        fds: (std array copySize: 1 FillingExtrasWith: fd).
        events: (std array copySize: 1 FillingExtrasWith: 1).
        expect: (_PollFDs: fds Events: events WaitingForMS: 5000 IfFail: raiseError) ToBe: 1 ).

    run = ( | a. listener. connection. client. buffer |
        a: echo spawn.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason blocked.
        listener: a _ActorBlockedFD.

        client: (_SocketWithFamily: 2 Type: 1 Protocol: 0 IfFail: raiseError).
        expectToBeTrue: ((_ConnectFD: client ToSockaddrBytes: (_SockNameOfFD: listener IfFail: raiseError)
            IfFail: raiseError) _Eq: nil).
        readyToRead: listener.

        "The accept now succeeds; the read that follows has nothing yet."
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason blocked.
        connection: a _ActorBlockedFD.
        expectToBeFalse: (connection _Eq: listener).
        "Still nothing to read: resumed, it blocks again on the same object."
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason blocked.
        expectToBeTrue: (a _ActorBlockedFD _Eq: connection).

        expect: (_Write: 4 BytesFrom: 'ping' AtOffset: 0 Into: client IfFail: raiseError) ToBe: 4.
        readyToRead: connection.
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason dead.

        buffer: ('' _ByteArrayCopySize: 8 FillingExtrasWith: '.').
        expect: (_Read: 8 BytesInto: buffer AtOffset: 0 From: client IfFail: raiseError) ToBe: 4.
        expect: (buffer _ByteArrayCopySize: 4 FillingExtrasWith: '.') ToBe: 'ping'.
        _Close: client ).
|) _Genesis: 'run'.

"A blocking primitive that gets EAGAIN in a regular actor stops it with
 reason blocked (2); _ActorBlockedFD answers the managed descriptor, which
 the genesis can poll; resumed, the actor re-runs the primitive and, the
 descriptor still not ready, blocks again (actors.md 4.7). The actor
 listens on a TCP socket of 127.0.0.1 (sockets made in regular actors are
 non-blocking) and accepts; nobody connects."
(|
    parent* = std testing test.

    listener = (|
        parent* = std traits actor.

        main = ( | results. socket |
            results: (_GetAddrInfoForHost: '127.0.0.1' Port: 0 Family: 2 SocketType: 1
                Protocol: 0 Flags: 0 IfFail: raiseError).
            socket: (_SocketWithFamily: (results at: 0) family Type: (results at: 0) socketType
                Protocol: (results at: 0) protocol IfFail: raiseError).
            _BindFD: socket ToSockaddrBytes: (results at: 0) sockaddrBytes IfFail: raiseError.
            _ListenOnFD: socket WithBacklog: 4 IfFail: raiseError.
            _AcceptFromFD: socket IfFail: raiseError.
            _Error: 'accept should never succeed' ).
    |).

    run = ( | a. fd. fds. events |
        a: listener spawn.
        expect: a _ActorResume ToBe: nil.
        expect: a _ActorYieldReason ToBe: std actor yieldReason blocked.
        fd: a _ActorBlockedFD.
        expectToBeFalse: nil == fd.
        "The same object each time it is asked."
        expectToBeTrue: (fd _Eq: a _ActorBlockedFD).
        fds: (std array copySize: 1 FillingExtrasWith: fd).
        events: (std array copySize: 1 FillingExtrasWith: 1).
        expect: (_PollFDs: fds Events: events WaitingForMS: 0 IfFail: raiseError) ToBe: 0.
        "Resumed, it retries the accept and blocks again."
        a _ActorResume.
        expect: a _ActorYieldReason ToBe: std actor yieldReason blocked.
        _Close: fd ).
|) _Genesis: 'run'.

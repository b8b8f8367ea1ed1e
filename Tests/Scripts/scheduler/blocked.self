_AddSlots: (|
    schedulerBlockedLog = (|
        parent* = std traits singleton.
        bytes = '' copySize: 64.
        "Appends s (the _ByteAt:Put: quirk lets every actor write here)."
        note: s = ( | position |
            s each: [| :byte |
                position: (bytes at: 0).
                bytes at: position Put: byte.
                bytes at: 0 Put: position + 1 ].
            nil ).
        contents = ( bytes copyFrom: 1 Until: (bytes at: 0) ).
        reset = ( bytes at: 0 Put: 1 ).
    |).
|).
schedulerBlockedLog reset.

"Blocked actors under the scheduler (world-api.md 21): an actor blocks in
 accept on a listening socket (nobody connects: there is no connect
 primitive). While nobody is ready the scheduler polls the blocked descriptor
 with the sleeper's deadline as timeout, so the sleeper still wakes, and the
 blocked actor stays blocked. The sleeper then ends the test with _Exit:
 (status 0 on success, 1 otherwise): the blocked actor would keep the
 scheduler polling for ever."
(|
    parent* = std testing test.

    starter = (|
        parent* = std traits actor.

        sleeper = (|
            parent* = std traits actor.
            main = (
                [ schedulerBlockedLog contents = 'l' ] whileFalse: [ yield ].
                sleep: 30.
                schedulerBlockedLog note: 'c'.
                _Exit: ((schedulerBlockedLog contents = 'lc') ifTrue: 0 False: 1) ).
        |).

        listener = (|
            parent* = std traits actor.
            main = ( | results. socket |
                results: (_GetAddrInfoForHost: '127.0.0.1' Port: 0 Family: 2 SocketType: 1
                    Protocol: 0 Flags: 0 IfFail: raiseError).
                socket: (_SocketWithFamily: (results at: 0) family Type: (results at: 0) socketType
                    Protocol: (results at: 0) protocol IfFail: raiseError).
                _BindFD: socket ToSockaddrBytes: (results at: 0) sockaddrBytes IfFail: raiseError.
                _ListenOnFD: socket WithBacklog: 4 IfFail: raiseError.
                schedulerBlockedLog note: 'l'.
                _AcceptFromFD: socket IfFail: raiseError.
                schedulerBlockedLog note: 'accepted' ).
        |).

        main = (
            sleeper spawn.
            listener spawn ).
    |).

    run = (
        std scheduler startWith: starter.
        _Error: 'not reached: the sleeper exits' ).
|) run.

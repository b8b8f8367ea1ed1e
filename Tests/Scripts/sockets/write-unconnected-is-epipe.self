"Regression (issue 8, found by the fuzzers): writing to a socket that is not
 connected killed the process with SIGPIPE. The VM ignores SIGPIPE, so the
 write fails with EPIPE (32), which goes to the IfFail: block."
(|
    parent* = std testing test.
    run = ( | socket |
        socket: (_SocketWithFamily: 2 Type: 1 Protocol: 0 IfFail: [| :e | _Error: 'no socket' ]).
        expect: (_Write: 1 BytesFrom: 'x' AtOffset: 0 Into: socket IfFail: [| :e | e ]) ToBe: 32 ).
|) run.

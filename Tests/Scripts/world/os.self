"os.self: std os (world-api.md 18). Reads fixtures relative to the
 repository root."

(|
    parent* = std testing test.

    path: name = ('Tests/Scripts/fixtures/world/', name).

    run = (
        testOpenAndRead.
        testWrite.
        testPoll.
        testTryWhileInterrupted ).

    testOpenAndRead = ( | fd. buffer. n |
        fd: (std os openFile: (path: 'hello.txt') WithFlags: 0 IfFail: [| :e | _Error: 'cannot open hello.txt' ]).
        buffer: ('' copySize: 10).
        n: (std os read: 8 BytesInto: buffer AtOffset: 2 From: fd IfFail: [| :e | _Error: 'cannot read' ]).
        expect: n ToBe: 6.
        expect: (buffer copyFrom: 2 Size: 6) ToBe: 'hello\n'.
        expect: (buffer copyFrom: 0 Size: 2) ToBe: '  '.
        n: (std os read: 8 BytesInto: buffer AtOffset: 0 From: fd IfFail: raiseError).
        expect: n ToBe: 0.
        _Close: fd.
        "The failure block gets the errno: 2 is ENOENT."
        expect: (std os openFile: (path: 'missing.txt') WithFlags: 0 IfFail: [| :errno | errno ]) ToBe: 2 ).

    testWrite = ( | fd. buffer |
        fd: (std os openFile: '/dev/null' WithFlags: 1 IfFail: raiseError).
        expect: (std os write: 3 BytesFrom: 'abcdef' AtOffset: 2 Into: fd IfFail: raiseError) ToBe: 3.
        expect: (std os write: 0 BytesFrom: '' AtOffset: 0 Into: fd IfFail: raiseError) ToBe: 0.
        "Reading a write-only descriptor fails with EBADF (9): the failure
         block gets the errno."
        buffer: ('' copySize: 4).
        expect: (std os read: 4 BytesInto: buffer AtOffset: 0 From: fd IfFail: [| :errno | errno ]) ToBe: 9.
        _Close: fd.
        "Writing a read-only descriptor fails the same way."
        fd: (std os openFile: (path: 'hello.txt') WithFlags: 0 IfFail: raiseError).
        expect: (std os write: 1 BytesFrom: 'x' AtOffset: 0 Into: fd IfFail: [| :errno | errno ]) ToBe: 9.
        _Close: fd ).

    testPoll = ( | fd. fds. events |
        fd: (std os openFile: (path: 'hello.txt') WithFlags: 0 IfFail: raiseError).
        fds: (std array copySize: 1 FillingExtrasWith: fd).
        events: (std array copySize: 1 FillingExtrasWith: 1).
        "A regular file is always readable (POLLIN is 1)."
        expect: (std os pollFDs: fds Events: events WaitingForMS: 0 IfFail: raiseError) ToBe: 1.
        expect: ((events at: 0) bitAnd: 1) ToBe: 1.
        _Close: fd ).

    testTryWhileInterrupted = ( | tries. result |
        "Success answers nil, whatever the block answers."
        result: (std os
            tryWhileInterrupted: [| :onError | std os openFile: (path: 'hello.txt') WithFlags: 0 IfFail: onError ]
            IfFail: [| :errno | errno ]).
        expect: result ToBeIdenticalTo: nil.
        "Another errno answers 'fb value: errno'."
        result: (std os
            tryWhileInterrupted: [| :onError | std os openFile: (path: 'missing.txt') WithFlags: 0 IfFail: onError ]
            IfFail: [| :errno | errno + 1000 ]).
        expect: result ToBe: 1002.
        "EINTR (4) runs the block again from its start."
        tries: 0.
        result: (std os
            tryWhileInterrupted: [| :onError |
                tries: tries + 1.
                tries < 3 ifTrue: [ onError value: 4 ].
                'done' ]
            IfFail: [| :errno | errno ]).
        expect: result ToBeIdenticalTo: nil.
        expect: tries ToBe: 3.
        tries: 0.
        result: (std os
            tryWhileInterrupted: [| :onError |
                tries: tries + 1.
                tries < 2 ifTrue: [ onError value: 4 ].
                onError value: 13.
                _Error: 'not reached' ]
            IfFail: [| :errno | errno ]).
        expect: result ToBe: 13.
        expect: tries ToBe: 2 ).
|) run.

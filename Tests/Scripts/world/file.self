"file.self: std file, std in and std out (world-api.md 19). Reads fixtures
 relative to the repository root (Tests/Scripts/fixtures/world/README.md)."

(|
    parent* = std testing test.

    path: name = ('Tests/Scripts/fixtures/world/', name).

    run = (
        testPrototypes.
        testReadLine.
        testReadAll.
        testReadVariants.
        testOpenFailure.
        testWrite ).

    testPrototypes = ( | f |
        expect: std file fd ToBeIdenticalTo: nil.
        expectToBeFalse: std file atEOF.
        expect: std file copy ToBeIdenticalTo: std file.
        expect: std file defaultReadMaximum ToBe: 8192.
        expect: std out parent ToBeIdenticalTo: std traits file.
        expect: std in parent ToBeIdenticalTo: std traits file.
        expectToBeFalse: nil == std out fd.
        expectToBeFalse: nil == std in fd.
        expect: (std out write: '') ToBe: 0.
        expect: (std out write: 'file test: std out write:\n') ToBe: 26.
        expectToBeFalse: std in atEOF.
        f: (std file copyAdopting: _ManagedStdout).
        expect: f ToNotBeIdenticalTo: std file.
        expectToBeFalse: f atEOF.
        expect: (f write: '') ToBe: 0.
        f: (std file copyAdopting: 42).
        expect: f fd ToBe: 42.
        expect: f parent ToBeIdenticalTo: std traits file.
        expect: std file fd ToBeIdenticalTo: nil ).

    testReadLine = ( | f |
        f: (std file open: (path: 'lines.txt') IfFail: [| :e | _Error: 'cannot open lines.txt' ]).
        expect: f ToNotBeIdenticalTo: std file.
        expectToBeFalse: f atEOF.
        expect: f readLine ToBe: 'first line'.
        expect: f readLine ToBe: 'second line'.
        expect: f readLine ToBe: ''.
        expectToBeFalse: f atEOF.
        expect: f readLine ToBe: 'last line without newline'.
        expectToBeTrue: f atEOF.
        expect: f readLine ToBe: ''.
        expect: (f readLineIfFail: raiseError) ToBe: ''.
        expect: f close ToBeIdenticalTo: f.
        expect: f fd ToBeIdenticalTo: nil.
        "Closing twice is harmless."
        f close.
        "The prototype is unchanged."
        expect: std file fd ToBeIdenticalTo: nil ).

    testReadAll = ( | f. s. lines |
        f: (std file open: (path: 'lines.txt')).
        s: f readAll.
        expect: s size ToBe: 49.
        expect: (s copyFrom: 0 Size: 10) ToBe: 'first line'.
        expectToBeTrue: f atEOF.
        expect: f readAll ToBe: ''.
        f close.
        "More than one read."
        f: (std file open: (path: 'big.txt') IfFail: raiseError).
        s: (f readAllIfFail: raiseError).
        expect: s size ToBe: 10000.
        expect: (s at: 9999) ToBe: 10.
        expect: (s copyFrom: 8190 Size: 10) ToBe: 'abcdefghi\n'.
        lines: (s splitBy: '\n').
        expect: lines size ToBe: 1001.
        expect: (lines at: 999) ToBe: 'abcdefghi'.
        expect: (lines at: 1000) ToBe: ''.
        f close.
        "readLine on a longer file."
        f: (std file open: (path: 'big.txt')).
        0 to: 1000 Do: [| :i | expect: f readLine ToBe: 'abcdefghi' ].
        expect: f readLine ToBe: ''.
        expectToBeTrue: f atEOF.
        f close ).

    testReadVariants = ( | f. s |
        f: (std file open: (path: 'big.txt')).
        s: f read.
        expect: s size ToBe: 8192.
        s: (f readIfFail: raiseError).
        expect: s size ToBe: 1808.
        expect: f read ToBe: ''.
        expectToBeTrue: f atEOF.
        f close.
        f: (std file open: (path: 'hello.txt')).
        expect: (f readMax: 3) ToBe: 'hel'.
        expect: (f readMin: 2) ToBe: 'lo\n'.
        expectToBeFalse: f atEOF.
        expect: (f readMin: 1) ToBe: ''.
        expectToBeTrue: f atEOF.
        f close.
        f: (std file open: (path: 'hello.txt')).
        expect: (f readMin: 2 Max: 4) ToBe: 'hell'.
        expect: (f readMin: 5 Max: 10 IfFail: raiseError) ToBe: 'o\n'.
        expectToBeTrue: f atEOF.
        expect: (f readMin: 1 Max: 10) ToBe: ''.
        f close.
        f: (std file open: (path: 'hello.txt') WithFlags: 0).
        expect: (f readMax: 100 IfFail: raiseError) ToBe: 'hello\n'.
        expect: (f readMin: 1 IfFail: raiseError) ToBe: ''.
        f close.
        f: (std file open: (path: 'hello.txt') WithFlags: 0 IfFail: raiseError).
        expect: (f readMin: 0) ToBe: ''.
        expect: f readAll ToBe: 'hello\n'.
        f close ).

    testOpenFailure = ( | f |
        "Quirk: a failure block that returns normally gives a file whose fd
         is the block's result (here the errno, 2 for ENOENT)."
        f: (std file open: (path: 'missing.txt') IfFail: [| :errno | errno ]).
        expect: f fd ToBe: 2.
        expectToFail: [| :fail | std file open: (path: 'missing.txt') IfFail: fail ].
        expectToFail: [| :fail | std file open: (path: 'missing.txt') WithFlags: 0 IfFail: fail ].
        "A failure block may also return from the enclosing method."
        expect: (openOrNil: (path: 'missing.txt')) ToBeIdenticalTo: nil ).

    openOrNil: p = (std file open: p IfFail: [| :errno | ^ nil ]).

    testWrite = ( | f. big |
        f: (std file open: '/dev/null' WithFlags: 1).
        expect: (f write: 'hello') ToBe: 5.
        expect: (f write: '' IfFail: raiseError) ToBe: 0.
        big: ('' copySize: 100000).
        expect: (f write: big) ToBe: 100000.
        "Reading a write-only file calls the failure block."
        expectToFail: [| :fail | f readAllIfFail: fail ].
        expectToFail: [| :fail | f readIfFail: fail ].
        expectToFail: [| :fail | f readLineIfFail: fail ].
        expectToFail: [| :fail | f readMin: 1 IfFail: fail ].
        expectToFail: [| :fail | f readMax: 1 IfFail: fail ].
        expectToFail: [| :fail | f readMin: 1 Max: 2 IfFail: fail ].
        f close.
        "Writing a read-only file calls the failure block."
        f: (std file open: (path: 'hello.txt')).
        expectToFail: [| :fail | f write: 'x' IfFail: fail ].
        f close ).
|) run.

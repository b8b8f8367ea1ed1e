"File primitives (primitives.md 3.7): paths are relative to the process
 working directory (the repository root when tests run), not to the script
 (language.md 9.2); read and write counts; _Close: is idempotent; each
 _ManagedStdout or _ManagedStdin call answers a new managed object."
(|
    parent* = std testing test.

    run = (
        testReadRelativeToWorkingDirectory.
        testScriptRelativePathNotUsed.
        testReadOffsets.
        testWriteToDevNull.
        testStdio ).

    testReadRelativeToWorkingDirectory = ( | fd. buffer. n. rest |
        fd: (_Open: 'Tests/Scripts/primitives/data/hello.txt' WithFlags: 0 IfFail: [| :e | _Error: 'cannot open the data file' ]).
        buffer: ('' _ByteArrayCopySize: 5 FillingExtrasWith: '.').
        n: (_Read: 5 BytesInto: buffer AtOffset: 0 From: fd IfFail: [| :e | _Error: 'read failed' ]).
        expect: n ToBe: 5.
        expect: buffer ToBe: 'hello'.
        buffer: ('' _ByteArrayCopySize: 20 FillingExtrasWith: '.').
        n: (_Read: 20 BytesInto: buffer AtOffset: 0 From: fd IfFail: [| :e | _Error: 'read failed' ]).
        expect: n ToBe: 7.
        expect: (buffer _ByteArrayCopySize: 7 FillingExtrasWith: ' ') ToBe: ', file\n'.
        "End of file reads 0 bytes."
        expect: (_Read: 20 BytesInto: buffer AtOffset: 0 From: fd IfFail: [| :e | _Error: 'read failed' ]) ToBe: 0.
        expectToBeTrue: ((_Close: fd) _Eq: nil).
        "Closing twice is harmless."
        _Close: fd ).

    testScriptRelativePathNotUsed = (
        expect: (_Open: 'data/hello.txt' WithFlags: 0 IfFail: [| :e | e ]) ToBe: 2 ).

    testReadOffsets = ( | fd. buffer |
        fd: (_Open: 'Tests/Scripts/primitives/data/hello.txt' WithFlags: 0 IfFail: [| :e | _Error: 'cannot open the data file' ]).
        buffer: 'xxxxxxx'.
        expect: (_Read: 2 BytesInto: buffer AtOffset: 5 From: fd IfFail: [| :e | _Error: 'read failed' ]) ToBe: 2.
        expect: buffer ToBe: 'xxxxxhe'.
        "A zero count at offset = size is allowed."
        expect: (_Read: 0 BytesInto: buffer AtOffset: 7 From: fd IfFail: [| :e | _Error: 'read failed' ]) ToBe: 0.
        _Close: fd ).

    testWriteToDevNull = ( | fd |
        fd: (_Open: '/dev/null' WithFlags: 1 IfFail: [| :e | _Error: 'cannot open /dev/null' ]).
        expect: (_Write: 3 BytesFrom: 'abcdef' AtOffset: 2 Into: fd IfFail: [| :e | e negate ]) ToBe: 3.
        expect: (_Write: 0 BytesFrom: 'abc' AtOffset: 3 Into: fd IfFail: [| :e | e negate ]) ToBe: 0.
        _Close: fd.
        "Writing to a closed descriptor fails through IfFail: with EBADF (9)."
        expect: (_Write: 1 BytesFrom: 'a' AtOffset: 0 Into: fd IfFail: [| :e | e ]) ToBe: 9 ).

    testStdio = (
        expectToBeFalse: (_ManagedStdout _Eq: _ManagedStdout).
        expectToBeFalse: (_ManagedStdin _Eq: _ManagedStdin).
        expect: (_Write: 0 BytesFrom: '' AtOffset: 0 Into: _ManagedStdout IfFail: [| :e | e negate ]) ToBe: 0 ).
|) run.

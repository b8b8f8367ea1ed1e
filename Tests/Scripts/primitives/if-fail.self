"The IfFail: protocol (language.md 8.2, primitives.md 1.3): when the OS call
 fails, the VM sends 'value:' with the errno to the IfFail: argument, which
 may be any object answering 'value:', and the primitive answers the result;
 a non-local return from the block works as usual."
(|
    parent* = std testing test.
    missing = 'Tests/Scripts/primitives/data/primitivesTestNoSuchFile.txt'.

    run = (
        expect: (_Open: missing WithFlags: 0 IfFail: [| :e | e ]) ToBe: 2.
        expect: (_Open: missing WithFlags: 0 IfFail: [| :e | 'failed' ]) ToBe: 'failed'.
        expect: (_Open: missing WithFlags: 0 IfFail: (| value: e = (e + 100) |)) ToBe: 102.
        expect: nonLocal ToBe: 'returned 2' ).

    nonLocal = (
        _Open: missing WithFlags: 0 IfFail: [| :e | ^ 'returned ' , e asString ].
        'fell through' ).
|) run.

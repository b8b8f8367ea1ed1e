"A managed object answers 'value' (primitives.md 1.4; language.md 7.4: an
 integer that encodes the descriptor, implementation-specific)."
(|
    parent* = std testing test.

    run = ( | v |
        v: _ManagedStdout value.
        expectToBeTrue: (v parent _Eq: std traits integer).
        v: (_Open: '/dev/null' WithFlags: 0 IfFail: [| :e | _Error: 'cannot open /dev/null' ]) value.
        expectToBeTrue: (v parent _Eq: std traits integer) ).
|) run.

"Cloning a managed file descriptor (primitives.md 1.4): ZigSelf aborts
 (defect); the new VM SHOULD copy the handle so both copies refer to the same
 descriptor, and MUST NOT close it merely because the original handle was
 collected while the copy is still reachable."
(|
    parent* = std testing test.

    openNullCopy = ( | fd |
        fd: (_Open: '/dev/null' WithFlags: 1 IfFail: [| :e | _Error: 'cannot open /dev/null' ]).
        fd _Clone ).

    churn = ( | keep |
        0 to: 200000 Do: [| :i | keep: (| a <- 1. b <- 2 |) ].
        keep ).

    run = ( | copy. stdoutCopy |
        copy: openNullCopy.
        expect: (_Write: 3 BytesFrom: 'abc' AtOffset: 0 Into: copy IfFail: [| :e | e negate ]) ToBe: 3.
        "The original handle is garbage now; collections must not close the
         descriptor under the copy."
        churn.
        churn.
        expect: (_Write: 2 BytesFrom: 'abc' AtOffset: 1 Into: copy IfFail: [| :e | e negate ]) ToBe: 2.
        _Close: copy.
        stdoutCopy: _ManagedStdout _Clone.
        expect: (_Write: 0 BytesFrom: '' AtOffset: 0 Into: stdoutCopy IfFail: [| :e | e negate ]) ToBe: 0 ).
|) run.

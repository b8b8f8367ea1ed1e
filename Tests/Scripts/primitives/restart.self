"_Restart makes the current activation start again from its first
 statement; locals and arguments keep their current values (language.md
 7.8, primitives.md 3.1). Sent inside a block, it restarts that block's
 activation."
(|
    parent* = std testing test.
    runs <- 0.

    countTo: n = ( | i <- 0 |
        runs: runs + 1.
        i: i + 1.
        i < n ifTrue: [ _Restart ].
        i ).

    argumentKept: n = (
        n: n - 1.
        n > 0 ifTrue: [ _Restart ].
        n ).

    inBlock = ( | outer <- 0 |
        outer: outer + 1.
        [| j <- 0 |
            j: j + 1.
            j < 5 ifTrue: [ _Restart ].
            j ] value + (outer * 100) ).

    "A block made before the restart captured the same activation, so it
     sees the values assigned after the restart."
    closureAcrossRestart = ( | i <- 0. saved |
        i = 0 ifTrue: [ saved: [ i ] ].
        i: i + 1.
        i < 3 ifTrue: [ _Restart ].
        saved value ).

    run = (
        expect: closureAcrossRestart ToBe: 3.
        runs: 0.
        expect: (countTo: 10) ToBe: 10.
        expect: runs ToBe: 10.
        expect: (argumentKept: 7) ToBe: 0.
        expect: inBlock ToBe: 105.
        "Restarting many times uses no stack."
        expect: (countTo: 200000) ToBe: 200000 ).
|) run.

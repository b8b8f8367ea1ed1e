"A string literal in a method body makes a new byte array every time the
 statement runs; a string in a constant slot initializer is made once and
 shared (language.md 7.2)."
(|
    parent* = std testing test.
    constant = 'abc'.

    fresh = ( | s |
        s: 'abc'.
        s at: 0 Put: (s at: 0) + 1.
        s ).

    run = ( | strings |
        expect: fresh ToBe: 'bbc'.
        expect: fresh ToBe: 'bbc'.
        expectToBeFalse: (fresh _Eq: fresh).
        constant at: 2 Put: 100.
        expect: constant ToBe: 'abd'.
        expectToBeTrue: (constant _Eq: constant).
        "Also inside a loop: each run of the statement makes a new string."
        strings: std vector copyRemoveAll.
        0 to: 3 Do: [| :i | strings add: 'x' ].
        expectToBeFalse: ((strings at: 0) _Eq: (strings at: 1)).
        expectToBeFalse: ((strings at: 1) _Eq: (strings at: 2)) ).
|) run.

"Each run of a block has its own argument and local slots, so closures made
 in different iterations capture different variables (language.md 7.3)."
(|
    parent* = std testing test.

    run = ( | blocks. sum |
        blocks: std vector copyRemoveAll.
        0 to: 5 Do: [| :i. local <- 0 |
            local: i * 10.
            blocks add: [ local + i ] ].
        expect: (blocks at: 0) value ToBe: 0.
        expect: (blocks at: 1) value ToBe: 11.
        expect: (blocks at: 4) value ToBe: 44.
        sum: 0.
        0 to: blocks size Do: [| :k | sum: sum + (blocks at: k) value ].
        expect: sum ToBe: 110 ).
|) run.

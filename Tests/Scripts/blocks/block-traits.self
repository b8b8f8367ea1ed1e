"Any message other than the block's invocation selector is looked up in the
 block traits object (language.md 7.3, 7.4): slots added to std traits block
 are seen by every block."
(|
    parent* = std testing test.

    run = ( | b |
        std traits block _AddSlots: (| blocksTestTwice = (value + value) |).
        b: [ 21 ].
        expect: b blocksTestTwice ToBe: 42.
        expect: [ 5 ] blocksTestTwice ToBe: 10.
        expectToBeTrue: (b parent _Eq: std traits block) ).
|) run.

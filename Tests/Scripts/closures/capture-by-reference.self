"Blocks capture variables, not values (language.md 7.3, 7.5): a later
 assignment is seen by the block, and the block's assignments are seen by
 the method."
(|
    parent* = std testing test.

    run = ( | x <- 1. b. setter |
        b: [ x ].
        x: 5.
        expect: b value ToBe: 5.
        setter: [| :v | x: v ].
        setter value: 9.
        expect: x ToBe: 9.
        expect: b value ToBe: 9 ).
|) run.

"A block saved in a slot and called later, after its method has returned
 (language.md 7.3: a ZigSelf defect, the new VM gives full closure
 semantics)."
(|
    parent* = std testing test.
    saved.

    remember: k = ( | hits <- 0 |
        saved: [| :x | hits: hits + 1. (k * x) + hits ].
        nil ).

    deeper: n = (
        n = 0 ifTrue: [ ^ saved value: 10 ].
        deeper: n - 1 ).

    run = (
        remember: 3.
        expect: (saved value: 1) ToBe: 4.
        expect: (saved value: 1) ToBe: 5.
        "Called from a deeper, unrelated stack."
        expect: (deeper: 50) ToBe: 33 ).
|) run.

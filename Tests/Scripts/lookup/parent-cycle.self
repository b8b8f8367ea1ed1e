"A parent cycle ends the branch: lookup does not loop, and a slot reachable
 through another parent is still found (language.md 7.4)."
(|
    parent* = std testing test.

    run = ( | a. b. c |
        a: (| p1* <- nil. p2* <- nil. own = 'a' |).
        b: (| back* <- nil |).
        c: (| found = 'c' |).
        a p1: b.
        a p2: c.
        b back: a.
        expect: a found ToBe: 'c'.
        expect: b found ToBe: 'c'.
        expect: b own ToBe: 'a'.
        "An object that is its own parent."
        b back: b.
        expect: a found ToBe: 'c' ).
|) run.

"Assigning through inheritance stores into the object that holds the slot,
 which may be a parent shared by many objects (language.md 7.1)."
(|
    parent* = std testing test.

    run = ( | holder. a. b |
        holder: (| shared <- 0 |).
        a: (| p* = holder. own <- 1 |).
        b: (| p* = holder. own <- 2 |).
        a shared: 5.
        expect: holder shared ToBe: 5.
        expect: b shared ToBe: 5.
        b shared: 6.
        expect: a shared ToBe: 6.
        "Own slots stay separate."
        a own: 10.
        expect: b own ToBe: 2 ).
|) run.

"Fields moved out of line by _AddSlots: (more assignable slots than the object
 had room for) are read and assigned right through the send caches, on the
 object itself and from a child that inherits them, before and after the move
 (the caches keep out-of-line holders on the slow path: outOfLineKind)."
(|
    parent* = std testing test.

    holder = (| a <- 1 |).
    child = (| parent* <- nil |).

    sumOf: o Times: n = ( | total <- 0 |
        0 to: n Do: [| :i | o a: o a + 1. total: total + o a ].
        total ).

    readThrough: c Times: n = ( | total <- 0 |
        0 to: n Do: [| :i | total: total + c a ].
        total ).

    run = ( | h. c |
        h: holder _Clone.
        c: child _Clone.
        c parent: h.
        "In line: 2 + 3 + 4 = 9, then the child reads a = 4 three times."
        expect: (sumOf: h Times: 3) ToBe: 9.
        expect: (readThrough: c Times: 3) ToBe: 12.
        "Out of line from now on."
        h _AddSlots: (| b <- 10. c <- 20. d <- 30. e <- 40 |).
        expect: h a ToBe: 4.
        expect: (sumOf: h Times: 3) ToBe: 18.
        expect: (readThrough: c Times: 3) ToBe: 21.
        h e: 41.
        expect: h e ToBe: 41.
        expect: c e ToBe: 41.
        expect: h b + h c + h d ToBe: 60 ).
|) run.

"A long linked list stays intact while lots of garbage is made around it:
 old objects must keep their young and old neighbours."
(|
    parent* = std testing test.
    node = (| parent* = std traits clonable. value <- 0. next |).

    build: n = ( | head |
        head: nil.
        0 to: n Do: [| :i | head: (node clone value: i; next: head) ].
        head ).

    sumOf: head = ( | sum. cursor |
        sum: 0.
        cursor: head.
        [ nil == cursor ] whileFalse: [
            sum: sum + cursor value.
            cursor: cursor next ].
        sum ).

    garbage: n = ( | o |
        0 to: n Do: [| :i | o: (| a <- i. b <- 'x' |) ].
        o ).

    run = ( | list. expected |
        list: build: 100000.
        expected: (99999 * 100000) / 2.
        expect: (sumOf: list) ToBe: expected.
        garbage: 300000.
        expect: (sumOf: list) ToBe: expected.
        "Grow the old list with young nodes, then churn again."
        0 to: 1000 Do: [| :i | list: (node clone value: 1; next: list) ].
        garbage: 300000.
        expect: (sumOf: list) ToBe: expected + 1000 ).
|) run.

"Stores of new objects into old objects (array elements, assignable slots,
 lobby slots, slots added with _AddSlots:) must survive collections: the
 young objects are reachable only through the old ones."
_AddSlots: (| gcTestHolder <- nil |).
(|
    parent* = std testing test.

    churn = ( | o |
        0 to: 200000 Do: [| :i | o: (| a <- i |) ].
        o ).

    run = ( | arr. holder. n |
        n: 2000.
        arr: (std array _ArrayCopySize: n FillingExtrasWith: nil).
        holder: (| slot <- nil |).
        "Let the array and holder become old."
        churn.
        churn.
        0 to: n Do: [| :i | arr _ArrayAt: i Put: (| v = i. s = i asString |) ].
        holder slot: (| inner <- 'young string' |).
        gcTestHolder: (std array _ArrayCopySize: 1 FillingExtrasWith: 'in the lobby').
        holder _AddSlots: (| added = (| deep = 'added young' |) |).
        churn.
        churn.
        0 to: n Do: [| :i |
            expect: (arr _ArrayAt: i) v ToBe: i.
            expect: (arr _ArrayAt: i) s ToBe: i asString ].
        expect: holder slot inner ToBe: 'young string'.
        expect: (gcTestHolder _ArrayAt: 0) ToBe: 'in the lobby'.
        expect: holder added deep ToBe: 'added young' ).
|) run.

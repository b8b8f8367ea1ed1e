"The shared initial values of method locals (language.md 7.2) are kept alive
 by the method object and survive collections."
(|
    parent* = std testing test.

    make = ((|
        m = ( | v <- std vector copyRemoveAll | v add: (| x = 1 |). v size )
    |)).

    run = ( | o. n. g |
        o: make.
        0 to: 50000 Do: [| :i | n: o m. g: (| a <- i |) ].
        expect: n ToBe: 50000.
        expect: o m ToBe: 50001 ).
|) run.

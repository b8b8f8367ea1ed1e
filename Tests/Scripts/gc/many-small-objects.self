"Build and drop about one and a half million small objects (slots objects,
 strings, arrays and blocks); the collector must reclaim them while every
 live value stays correct."
(|
    parent* = std testing test.

    run = ( | sum. last. keep |
        sum: 0.
        keep: (| parent* = std traits clonable. a <- 0. b <- 0. c <- 0 |).
        0 to: 400000 Do: [| :i. o |
            o: keep clone.
            o a: i.
            o b: (| v <- i |).
            o c: (| w = o |).
            sum: sum + ((o b v - o a) + 1).
            last: o ].
        expect: sum ToBe: 400000.
        expect: last a ToBe: 399999.
        expect: last b v ToBe: 399999.
        expectToBeTrue: (last c w _Eq: last).
        sum: 0.
        0 to: 100000 Do: [| :i. s. arr. blk |
            s: ('ab' _ByteArrayCopySize: 3 FillingExtrasWith: 'c').
            arr: (std array _ArrayCopySize: 2 FillingExtrasWith: s).
            blk: [ i ].
            sum: sum + (((arr _ArrayAt: 1) _ByteAt: 2) + (blk value - i)) ].
        expect: sum ToBe: 100000 * 99 ).
|) run.

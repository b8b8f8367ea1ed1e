"count.self: sums 1 ... 10,000,000 with to:Do: (the upper bound is exclusive),
 50000005000000. scripts/bench (section count) also runs a copy with
 20000000 in place of 10000000, to check that memory stays flat."

_AddSlots: (|
    sumTo: n = ( | sum <- 0 |
        1 to: n + 1 Do: [| :i | sum: sum + i ].
        sum ).
|).

(sumTo: 10000000) asString printLine.

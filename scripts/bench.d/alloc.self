"alloc.self: makes 10,000,000 short-lived objects of two slots, keeping every
 100,000th in a vector. Prints the number of survivors, the sum of their x
 and the sum of every object's y: 100 495000000 49999995000000."

_AddSlots: (|
    allocate: n = ( | kept. sum <- 0. total <- 0. p |
        kept: std vector copyRemoveAll.
        0 to: n Do: [| :i |
            p: (| x <- i. y <- i |).
            sum: sum + p y.
            (i % 100000) = 0 ifTrue: [ kept add: p ] ].
        kept each: [| :o | total: total + o x ].
        kept size asString, ' ', total asString, ' ', sum asString ).
|).

(allocate: 10000000) printLine.

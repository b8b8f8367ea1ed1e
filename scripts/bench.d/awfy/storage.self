"storage.self: the Storage benchmark of 'Are We Fast Yet', as storage.lua.
 Builds a tree of depth 7 whose inner nodes are arrays of four subtrees and
 whose leaves are arrays of 1 to 10 nils (sizes from the suite's random
 numbers); the result is the number of arrays made (5461)."

'harness.self' _RunScript.

_AddSlots: (|
    storageBenchmark = (|
        parent* = std traits clonable.
        count <- 0.

        benchmark = ( | random |
            random: awfy random copy.
            count: 0.
            buildTreeDepth: 7 Random: random.
            count ).

        verifyResult: result = (result = 5461).

        buildTreeDepth: depth Random: random = ( | arr |
            count: count + 1.
            depth = 1 ifTrue: [ ^ std array copySize: (random next % 10) + 1 ].
            arr: (std array copySize: 4).
            0 to: 4 Do: [| :i | arr at: i Put: (buildTreeDepth: depth - 1 Random: random) ].
            arr ).
    |).
|).

awfy run: storageBenchmark Named: 'Storage' Iterations: 150.

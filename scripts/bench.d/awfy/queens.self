"queens.self: the Queens benchmark of 'Are We Fast Yet', as queens.lua.
 Places eight queens on a chess board by backtracking, ten times; the result
 is whether every attempt found a solution (true)."

'harness.self' _RunScript.

_AddSlots: (|
    queensBenchmark = (|
        parent* = std traits clonable.
        freeMaxs.
        freeRows.
        freeMins.
        queenRows.

        benchmark = ( | result <- true |
            0 to: 10 Do: [| :i | result: result && [ queens ] ].
            result ).

        verifyResult: result = (result).

        queens = (
            freeRows: (std array copySize: 8 FillingExtrasWith: true).
            freeMaxs: (std array copySize: 16 FillingExtrasWith: true).
            freeMins: (std array copySize: 16 FillingExtrasWith: true).
            queenRows: (std array copySize: 8 FillingExtrasWith: 1 negate).
            placeQueen: 0 ).

        placeQueen: c = (
            0 to: 8 Do: [| :r |
                (getRow: r Column: c) ifTrue: [
                    queenRows at: r Put: c.
                    setRow: r Column: c To: false.
                    c = 7 ifTrue: [ ^ true ].
                    (placeQueen: c + 1) ifTrue: [ ^ true ].
                    setRow: r Column: c To: true ] ].
            false ).

        getRow: r Column: c = (
            (freeRows at: r) && [ (freeMaxs at: c + r) && [ freeMins at: (c - r) + 7 ] ] ).

        setRow: r Column: c To: v = (
            freeRows at: r Put: v.
            freeMaxs at: c + r Put: v.
            freeMins at: (c - r) + 7 Put: v.
            self ).
    |).
|).

awfy run: queensBenchmark Named: 'Queens' Iterations: 500.

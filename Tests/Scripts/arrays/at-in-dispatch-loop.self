"Array at:, at:Put: and == are run by the dispatch loop itself once a send's
 cache has seen an array receiver (issue 11). The answers and the errors must
 be the primitives': the last and first index, an index one past the end, a
 negative index, a non-integer index, and a non-array receiver whose at: is
 the same method all take the primitive's path or give its result."
(|
    parent* = std testing test.
    a = ( (std array copySize: 3) at: 0 Put: 'x'; at: 1 Put: 'y'; at: 2 Put: 'z' ).
    get: arr At: i = ( arr at: i ).
    put: v In: arr At: i = ( arr at: i Put: v ).
    same: x As: y = ( x == y ).

    run = ( | arr. failed <- false |
        arr: a.
        "The same sites, first with arrays (the cache fills), then at the edges."
        expect: (get: arr At: 0) ToBe: 'x'.
        expect: (get: arr At: 2) ToBe: 'z'.
        put: 'w' In: arr At: 2.
        expect: (get: arr At: 2) ToBe: 'w'.
        expect: (put: 'v' In: arr At: 0) ToBe: arr.
        'lobby get: ((std array copySize: 3)) At: 3' _EvaluateStringIfFail: [ failed: true ].
        expectToBeTrue: failed.
        failed: false.
        'lobby get: ((std array copySize: 3)) At: 1 negate' _EvaluateStringIfFail: [ failed: true ].
        expectToBeTrue: failed.
        failed: false.
        'lobby get: ((std array copySize: 3)) At: 1.5' _EvaluateStringIfFail: [ failed: true ].
        expectToBeTrue: failed.
        failed: false.
        'lobby put: 1 In: ((std array copySize: 3)) At: 3' _EvaluateStringIfFail: [ failed: true ].
        expectToBeTrue: failed.
        failed: false.
        'lobby put: 1 In: ((std array copySize: 3)) At: 1 negate' _EvaluateStringIfFail: [ failed: true ].
        expectToBeTrue: failed.
        "A receiver that is not an array, at the same site."
        failed: false.
        'lobby get: (| parent* = std traits array |) At: 0' _EvaluateStringIfFail: [ failed: true ].
        expectToBeTrue: failed.
        expectToBeTrue: (same: arr As: arr).
        expectToBeFalse: (same: arr As: a).
        expectToBeTrue: (same: 3 As: 3).
        expectToBeFalse: (same: 'x' As: 'x') ).
|) run.

"hash-int.self: inserts 1,000,000 integer keys into a std hashMap, then looks
 each one up. The keys are i * 7919, not 0 ... n - 1, so that Lua stores them
 in its hash part rather than its array part. Prints the size and the sum of
 the values found: 1000000 999999000000."

_AddSlots: (|
    hashIntegers: n = ( | map. sum <- 0 |
        map: std hashMap copyRemoveAll.
        0 to: n Do: [| :i | map at: i * 7919 Put: i + i ].
        0 to: n Do: [| :i | sum: sum + (map at: i * 7919) ].
        map size asString, ' ', sum asString ).
|).

(hashIntegers: 1000000) printLine.

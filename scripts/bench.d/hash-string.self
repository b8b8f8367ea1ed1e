"hash-string.self: inserts 100,000 string keys ('0', '1', ...) into a std
 hashMap, then looks each one up with a freshly made string. Prints the size
 and the sum of the values found: 100000 4999950000."

_AddSlots: (|
    hashStrings: n = ( | map. sum <- 0 |
        map: std hashMap copyRemoveAll.
        0 to: n Do: [| :i | map at: i asString Put: i ].
        0 to: n Do: [| :i | sum: sum + (map at: i asString) ].
        map size asString, ' ', sum asString ).
|).

(hashStrings: 100000) printLine.

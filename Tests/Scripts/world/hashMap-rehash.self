"std hashMap rebuilds its index with _HashIndex:Count: when every stored hash
 is a small integer, and with its own loop otherwise: growth and shrinking
 keep every key findable with negative hashes, colliding hashes, and keys
 whose hash is a big integer (which the primitive leaves to the loop), alone
 or among integer keys. (Regression: looking such a key up was the error
 'Expected integer for argument 2 of _HashProbe:Hash:Keys:'.)"
(|
    parent* = std testing test.

    "A key whose hash is hashValue."
    keyHashing: hashValue Named: n = (
        (| parent* = std traits clonable. h. n. hash = ( h ). = x = ( _Eq: x ) |) clone h: hashValue; n: n ).

    run = ( | m. keys. big |
        "Negative and colliding integer keys through several growths."
        m: std hashMap copyRemoveAll.
        0 to: 500 Do: [| :i | m at: 0 - (i * 16) Put: i ].
        expect: m size ToBe: 500.
        expect: m capacity >= 834 ToBe: true.
        expect: (m at: 0 - 7984) ToBe: 499.
        expect: (m at: 0) ToBe: 0.
        "Shrinking rebuilds the index too."
        0 to: 480 Do: [| :i | m remove: 0 - (i * 16) ].
        expect: m size ToBe: 20.
        expect: (m at: 0 - 7984) ToBe: 499.
        expect: (m at: 0 - 7664 IfAbsent: [ 'gone' ]) ToBe: 'gone'.
        "Keys whose hashes are big integers, alone and among integers."
        big: 2 raisedTo: 70.
        keys: std vector copyRemoveAll.
        0 to: 100 Do: [| :i | keys add: (keyHashing: big + (i % 7) Named: i) ].
        keys each: [| :k | m at: k Put: k n ].
        0 to: 100 Do: [| :i | m at: 1000 + i Put: i ].
        expect: m size ToBe: 220.
        keys each: [| :k | expect: (m at: k) ToBe: k n ].
        expect: (m at: 0 - 7984) ToBe: 499.
        expect: (m at: 1099) ToBe: 99.
        keys each: [| :k | m remove: k ].
        expect: m size ToBe: 120.
        expect: (m at: 1050) ToBe: 50 ).
|) run.

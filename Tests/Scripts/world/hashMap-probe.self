"std hashMap's probe for integer and string keys (_HashProbe:Hash:Keys:, in
 lookups and in at:Put: past a taken home bucket) gives the answers of the
 world's loop, and its index keeps the map's counts: through tombstones and growth, with equal
 keys of different kinds (2 = 2.0, which the VM leaves to the loop), with keys
 of other kinds in the same map, and with string keys that collide."
(|
    parent* = std testing test.

    "Whether the index agrees with the map's counts: as many tombstones as
     deletedSlots, as many entries as size."
    consistent: map = ( | tombstones <- 0. entries <- 0 |
        map index each: [| :j | j = (0 - 2) ifTrue: [ tombstones: tombstones + 1 ].
            j >= 0 ifTrue: [ entries: entries + 1 ] ].
        (tombstones = map deletedSlots) && [ entries = map size ] ).

    run = ( | m. s. o |
        m: std hashMap copyRemoveAll.
        0 to: 1000 Do: [| :i | m at: i * 7 Put: i ].
        0 to: 1000 Do: [| :i | (i % 2) = 0 ifTrue: [ m remove: i * 7 ] ].
        expect: m size ToBe: 500.
        expect: (m at: 7) ToBe: 1.
        expect: (m at: 14 IfAbsent: [ 'none' ]) ToBe: 'none'.
        expect: (consistent: m) ToBe: true.
        "Into the tombstones, then over them."
        0 to: 1000 Do: [| :i | m at: i * 7 Put: i + i ].
        expect: m size ToBe: 1000.
        expect: (m at: 14) ToBe: 4.
        expect: (m at: 6993) ToBe: 1998.
        expect: (consistent: m) ToBe: true.
        "Equal keys of different kinds share an entry, in either order."
        m at: 2.0 Put: 'float'.
        m at: 2 Put: 'integer'.
        expect: (m at: 2.0) ToBe: 'integer'.
        expect: (m at: 2) ToBe: 'integer'.
        expect: m size ToBe: 1001.
        "Other keys in the same map."
        o: (| parent* = std traits clonable. hash = 14. = x = ( _Eq: x ) |).
        m at: o Put: 'object'.
        m at: 'seven' Put: 7.
        expect: (m at: o) ToBe: 'object'.
        expect: (m at: 'seven') ToBe: 7.
        expect: (m at: 'seven' copy) ToBe: 7.
        expect: (m contains: 'eight') ToBe: false.
        "Strings: many keys, some removed and stored again."
        s: std hashMap copyRemoveAll.
        0 to: 2000 Do: [| :i | s at: i asString Put: i ].
        0 to: 2000 Do: [| :i | (i % 3) = 0 ifTrue: [ s remove: i asString ] ].
        0 to: 2000 Do: [| :i | (i % 6) = 0 ifTrue: [ s at: i asString Put: 0 - i ] ].
        expect: s size ToBe: 1667.
        expect: (consistent: s) ToBe: true.
        expect: (s at: '6') ToBe: 0 - 6.
        expect: (s at: '3' IfAbsent: [ nil ]) ToBe: nil.
        expect: (s at: '1999') ToBe: 1999 ).
|) run.
